/** The entities and their claims, loaded once per build beside the site index (load.ts), indexed by entity-index.ts. */
import { getCollection } from 'astro:content';
import { buildEntityIndex, type EntityIndex } from './entity-index.ts';
import { loadSiteIndex } from './load.ts';

let cached: Promise<EntityIndex> | undefined;

export function loadEntityIndex(): Promise<EntityIndex> {
  if (import.meta.env.DEV || !cached) {
    cached = (async () => {
      const [entities, site] = await Promise.all([getCollection('entities'), loadSiteIndex()]);
      return buildEntityIndex(entities, site.claims);
    })();
  }
  return cached;
}
