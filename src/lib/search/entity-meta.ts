/** What the search index knows about an entity page, and the names a linked claim is found by. */
import type { Claim, Entity } from '../../schema/index.ts';
import type { SearchRecord } from './meta.ts';
import { ENTITY_KIND_LABELS, ENTITY_TYPE_LABEL } from '../text/labels.ts';

export function entitySearchRecord(entity: Entity): SearchRecord {
  return {
    meta: { kind: ENTITY_KIND_LABELS[entity.kind].one },
    filters: { type: [ENTITY_TYPE_LABEL], entity: [entity.name] },
    sort: {},
  };
}

/**
 * The names of a claim's entities that its page does not already show, so a search in
 * Cyrillic, another transliteration or a source's misspelling finds the claim as well as the
 * entity's page: every spelling, and the claimant entity's own name (the page names the
 * claimant as the source describes them). The name of each entity the claim is about is left
 * out: the page's "About" fact shows it, and indexing it twice would lengthen the claim's
 * entry in the index every search loads.
 */
export function claimEntityNames(claim: Pick<Claim, 'claimant' | 'about'>, entityById: ReadonlyMap<string, { data: Entity }>): string[] {
  const shown = new Set(claim.about.flatMap((id) => (entityById.has(id) ? [entityById.get(id)!.data.name] : [])));
  const ids = [...(claim.claimant.entity ? [claim.claimant.entity] : []), ...claim.about];
  const names = ids.flatMap((id) => (entityById.has(id) ? searchNames(entityById.get(id)!.data) : []));
  return [...new Set(names.filter((name) => !shown.has(name)))];
}

/** The entity filter values of a claim: the names of its claimant's entity and its subjects. */
export function claimEntityFilters(claim: Pick<Claim, 'claimant' | 'about'>, entityById: ReadonlyMap<string, { data: Entity }>): string[] {
  const ids = [...(claim.claimant.entity ? [claim.claimant.entity] : []), ...claim.about];
  return [...new Set(ids.flatMap((id) => (entityById.has(id) ? [entityById.get(id)!.data.name] : [])))];
}

/** Every name of an entity, for the search index: canonical name first, each spelling once. */
function searchNames(entity: Entity): string[] {
  return [...new Set([entity.name, ...entity.names.map((n) => n.name)])];
}
