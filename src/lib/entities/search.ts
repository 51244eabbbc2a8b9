/** What the search index knows about an entity page, and the names a linked claim is found by. */
import type { Claim, Entity } from '../../schema/index.ts';
import type { SearchRecord } from '../search/meta.ts';
import { ENTITY_KIND_LABELS, searchNames } from './page.ts';

/** The type a reader filters entity pages by. */
const ENTITY_TYPE_LABEL = 'Profile';

export function entitySearchRecord(entity: Entity, claimCount: number): SearchRecord {
  return {
    meta: {
      type: ENTITY_KIND_LABELS[entity.kind].one,
      claims: claimCount ? `${claimCount} claim${claimCount === 1 ? '' : 's'}` : '',
    },
    filters: { type: [ENTITY_TYPE_LABEL], entity: [entity.name] },
    sort: {},
  };
}

/**
 * Every name of the claimant's entity and of the entities a claim is about, so a search in
 * Cyrillic, another transliteration or a source's misspelling finds the claim as well as
 * the entity's page.
 */
export function claimEntityNames(claim: Pick<Claim, 'claimant' | 'about'>, entityById: ReadonlyMap<string, { data: Entity }>): string[] {
  const ids = [...(claim.claimant.entity ? [claim.claimant.entity] : []), ...claim.about];
  return [...new Set(ids.flatMap((id) => (entityById.has(id) ? searchNames(entityById.get(id)!.data) : [])))];
}

/** The entity filter values of a claim: the names of its claimant's entity and its subjects. */
export function claimEntityFilters(claim: Pick<Claim, 'claimant' | 'about'>, entityById: ReadonlyMap<string, { data: Entity }>): string[] {
  const ids = [...(claim.claimant.entity ? [claim.claimant.entity] : []), ...claim.about];
  return [...new Set(ids.flatMap((id) => (entityById.has(id) ? [entityById.get(id)!.data.name] : [])))];
}
