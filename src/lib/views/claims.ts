/** Presenting claims: grouped by status, which outlets a claim rests on, the attribution beside a claim. */
import type { Claim, Source } from '../../schema/index.ts';
// The status module alone: pages importing this must not pull zod and the schemas into their bundle.
import type { StatusDefinition } from '../../schema/status.ts';
import { STATUS_LIST, claimantLabel } from '../text/labels.ts';

/** Claims shown per status on /claims/; the rest are on the status's own pages. */
export const CLAIMS_PREVIEW = 20;
/** Claims per page on a status's pages: a few hundred cards keep a page near 20 KB gzipped. */
export const CLAIMS_PER_PAGE = 200;

/** Claims grouped by status in the vocabulary's order, newest first; empty statuses left out. One pass, however many claims. */
export function claimsByStatus<C extends { id: string; data: Pick<Claim, 'status' | 'date'> }>(
  claims: readonly C[],
): Array<{ status: StatusDefinition; claims: C[] }> {
  const buckets = new Map<string, C[]>();
  for (const c of claims) {
    const status = c.data.status;
    const list = buckets.get(status);
    if (list) list.push(c);
    else buckets.set(status, [c]);
  }
  return STATUS_LIST.filter((s) => buckets.has(s.id)).map((status) => ({
    status,
    claims: buckets.get(status.id)!.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id)),
  }));
}

/** The outlets of a claim's sources, in order, without repeats. */
export function sourceOutlets(claim: Pick<Claim, 'sources'>, sourceById: ReadonlyMap<string, Source>): string[] {
  return [...new Set(claim.sources.map((s) => sourceById.get(s.id)?.outlet ?? s.id))];
}

/**
 * The short attribution shown beside a claim in a report: who claims it and where it was
 * reported, naming an outlet once when it is also the claimant ("Insider", not "Insider; Insider").
 */
export function claimAttribution(claim: Pick<Claim, 'claimant' | 'sources'>, sourceById: ReadonlyMap<string, Source>): string {
  const who = claimantLabel(claim.claimant);
  const outlets = sourceOutlets(claim, sourceById).filter((o) => o !== claim.claimant.name);
  return outlets.length ? `${who}, via ${outlets.join(', ')}` : who;
}
