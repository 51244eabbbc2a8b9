/** The entities and their claims, loaded once per build beside the site index (src/data/site.ts). */
import { getCollection } from 'astro:content';
import { buildEntityIndex, type EntityIndex } from '../lib/entities/page.ts';
import { getSite } from './site.ts';

let cached: Promise<EntityIndex> | undefined;

export function getEntities(): Promise<EntityIndex> {
  if (import.meta.env.DEV || !cached) {
    cached = (async () => {
      const [entities, site] = await Promise.all([getCollection('entities'), getSite()]);
      return buildEntityIndex(entities, site.claims);
    })();
  }
  return cached;
}
