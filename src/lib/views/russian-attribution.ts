/**
 * The short attribution beside a claim placed in a report (views/claims.ts claimAttribution), in
 * Russian: the claimant by the Russian name of its entity where it has one, marked as the
 * reporting marked it, and where it was reported ("«Юлия» (имя изменено), по данным Insider").
 */
import type { Claim, Entity, Source } from '../../schema/index.ts';
import { sourceOutlets } from './claims.ts';

type Names = Pick<Entity, 'name' | 'names'>;

/** An entity's first right Cyrillic spelling in Russian, if it has one. */
export function russianName(entity: Names | undefined): string | undefined {
  return entity?.names.find((n) => n.script === 'cyrillic' && n.language === 'ru' && !n.wrong)?.name;
}

/** A claimant as a Russian page names it: by its entity's Russian name, marked as the reporting marked it. */
export function claimantLabelRu(c: Claim['claimant'], entityById: ReadonlyMap<string, { data: Names }>): string {
  const name = russianName(c.entity ? entityById.get(c.entity)?.data : undefined) ?? c.name;
  return c.identification === 'changed-name' ? `«${name}» (имя изменено)` : c.identification === 'anonymous' ? `${name} (анонимно)` : name;
}

export function claimAttributionRu(
  claim: Pick<Claim, 'claimant' | 'sources'>,
  sourceById: ReadonlyMap<string, Source>,
  entityById: ReadonlyMap<string, { data: Names }>,
): string {
  const c = claim.claimant;
  const who = claimantLabelRu(c, entityById);
  const outlets = sourceOutlets(claim, sourceById).filter((o) => o !== c.name);
  return outlets.length ? `${who}, по данным ${outlets.join(', ')}` : who;
}
