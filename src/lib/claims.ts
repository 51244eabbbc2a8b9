/** Presenting claims: how a claimant is named, which outlets a claim rests on. */
import type { Claim, Source } from '../schema/index.ts';
import { STATUS_LIST, type StatusDefinition } from '../schema/status.ts';
import { independentGroups } from './lineage.ts';

export function claimantLabel(c: Claim['claimant']): string {
  switch (c.identification) {
    case 'changed-name':
      return `“${c.name}” (name changed)`;
    case 'anonymous':
      return `${c.name} (anonymous)`;
    default:
      return c.name;
  }
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

/** How many independent lines of reporting a claim rests on. */
export function independentCount(claim: Pick<Claim, 'sources'>, sourceById: ReadonlyMap<string, Source & { id?: string }>): number {
  const byId = new Map([...sourceById].map(([id, s]) => [id, { ...s, id }]));
  return independentGroups(claim.sources.map((s) => s.id), byId).length;
}

/** Claims grouped by status in the vocabulary's order, newest first, empty statuses left out. */
export function claimsByStatus<C extends { id: string; data: Pick<Claim, 'status' | 'date'> }>(claims: readonly C[]): Array<{ status: StatusDefinition; claims: C[] }> {
  return STATUS_LIST.map((status) => ({
    status,
    claims: claims.filter((c) => c.data.status === status.id).sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id)),
  })).filter((g) => g.claims.length > 0);
}
