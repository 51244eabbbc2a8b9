/** Presenting claims: how a claimant is named, which outlets a claim rests on. */
import type { Claim, Source } from '../schema/index.ts';
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

/** How many independent lines of reporting a claim rests on. */
export function independentCount(claim: Pick<Claim, 'sources'>, sourceById: ReadonlyMap<string, Source>): number {
  return independentGroups(claim.sources.map((s) => s.id), sourceById).length;
}
