/** The published content and its cross-references, loaded once per build and shared by every page. */
import { getCollection } from 'astro:content';
import { buildIndex, type SiteIndex } from './build.ts';

let cached: Promise<SiteIndex> | undefined;

export function loadSiteIndex(): Promise<SiteIndex> {
  // In dev, content changes between requests; in a build, every page shares one index.
  if (import.meta.env.DEV || !cached) {
    cached = (async () => {
      const [reports, sources, claims, findings, events] = await Promise.all([
        getCollection('reports'),
        getCollection('sources'),
        getCollection('claims'),
        getCollection('findings'),
        getCollection('events'),
      ]);
      return buildIndex({
        reports: reports.map((a) => ({ id: a.id, data: a.data, body: a.body })),
        sources,
        claims,
        findings,
        events,
      });
    })();
  }
  return cached;
}
