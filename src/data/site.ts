/** The published content and its cross-references, loaded once per build and shared by every page. */
import { getCollection } from 'astro:content';
import { buildIndex, type SiteIndex } from '../lib/indexes.ts';

let cached: Promise<SiteIndex> | undefined;

export function getSite(): Promise<SiteIndex> {
  // In dev, content changes between requests; in a build, every page shares one index.
  if (import.meta.env.DEV || !cached) {
    cached = (async () => {
      const [articles, sources, claims, events] = await Promise.all([
        getCollection('articles'),
        getCollection('sources'),
        getCollection('claims'),
        getCollection('events'),
      ]);
      return buildIndex({
        articles: articles.map((a) => ({ id: a.id, data: a.data, body: a.body })),
        sources,
        claims,
        events,
      });
    })();
  }
  return cached;
}
