/** The entities and their claims, loaded once per build and language beside the site index (load.ts), indexed by entity-index.ts. */
import { getCollection } from 'astro:content';
import { buildEntityIndex, type EntityIndex } from './entity-index.ts';
import { loadSiteIndex } from './load.ts';
import { currentLocale, type Locale } from '../text/locales.ts';

// Per language: the claims it lists carry the statements of the page's language (load.ts).
const cached = new Map<Locale, Promise<EntityIndex>>();

export function loadEntityIndex(): Promise<EntityIndex> {
  const locale = currentLocale();
  let index = cached.get(locale);
  if (import.meta.env.DEV || !index) {
    index = (async () => {
      const [entities, site] = await Promise.all([getCollection('entities'), loadSiteIndex()]);
      return buildEntityIndex(entities, site.claims);
    })();
    cached.set(locale, index);
  }
  return index;
}
