/**
 * The entities and who claimed what about whom, computed once per build from the published
 * claims (maps, no nested scans). Entity pages, the entity index and the open data read it.
 */
import type { Claim, Entity } from '../../schema/index.ts';
import type { Entry } from './build.ts';

export interface EntityIndex {
  entities: Entry<Entity>[];
  entityById: Map<string, Entry<Entity>>;
  /** Per entity: published claims it made (as claimant), and claims about it. */
  claimsBy: Map<string, string[]>;
  claimsAbout: Map<string, string[]>;
  /** Per entity: entities that are part of it. */
  parts: Map<string, string[]>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** `claims` are the published claims (drafts already left out by the site index). */
export function buildEntityIndex(entities: readonly Entry<Entity>[], claims: readonly Entry<Claim>[]): EntityIndex {
  const sorted = [...entities].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en') || a.id.localeCompare(b.id));
  const index: EntityIndex = {
    entities: sorted,
    entityById: new Map(sorted.map((e) => [e.id, e])),
    claimsBy: new Map(),
    claimsAbout: new Map(),
    parts: new Map(),
  };
  for (const c of claims) {
    if (c.data.claimant.entity) push(index.claimsBy, c.data.claimant.entity, c.id);
    for (const id of new Set(c.data.about)) if (id !== c.data.claimant.entity) push(index.claimsAbout, id, c.id);
  }
  for (const e of sorted) if (e.data.partOf) push(index.parts, e.data.partOf, e.id);
  return index;
}
