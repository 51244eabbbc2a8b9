/** The published content and its cross-references, loaded once per build and shared by every page. */
import { getCollection } from 'astro:content';
import { buildIndex, type SiteIndex } from './build.ts';
import { plainRecords } from '../text/plain-words.ts';

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
      // Pages and open data show the records' free text in a reader's words (see plain-words.ts).
      const plain = plainRecords({ reports: reports.map((a) => ({ id: a.id, data: a.data, body: a.body })), sources, claims, findings, events });
      return buildIndex(plain);
    })();
  }
  return cached;
}
