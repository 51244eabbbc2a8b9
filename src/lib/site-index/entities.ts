/** The entities and their claims, loaded once per build beside the site index (load.ts). */
import { getCollection } from 'astro:content';
import { buildEntityIndex, type EntityIndex } from '../entities/page.ts';
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
