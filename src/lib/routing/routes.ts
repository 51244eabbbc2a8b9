/** Paths of every kind of page, so no page builds another's URL by hand. */
import type { StatusId } from '../../schema/status.ts';
import { absoluteUrl, fileUrl, url, urlIn } from './url.ts';
import { currentLocale } from '../text/locales.ts';

/**
 * Site paths without the base: what absoluteUrl() expects (it adds the
 * base itself). Links in pages, and Base's `path`, use `routes`, which carry the base.
 */
export const paths = {
  report: (id: string) => `/reports/${id}/`,
  claim: (id: string) => `/claims/${id}/`,
  finding: (id: string) => `/findings/${id}/`,
  claimsWithStatus: (status: StatusId, page = 1) => (page > 1 ? `/claims/status/${status}/${page}/` : `/claims/status/${status}/`),
  source: (id: string) => `/sources/${id}/`,
  entity: (id: string) => `/entities/${id}/`,
  /** Social preview images (og:image), drawn at build time. */
  socialImage: (kind: 'reports' | 'status', id: string) => `/og/${kind}/${id}.png`,
} as const;

export const routes = {
  home: () => url('/'),
  reports: () => url('/reports/'),
  report: (id: string) => url(paths.report(id)),
  claims: () => url('/claims/'),
  claim: (id: string) => url(paths.claim(id)),
  finding: (id: string) => url(paths.finding(id)),
  /** Every claim of one status, a page at a time (page 1 has no number). */
  claimsWithStatus: (status: StatusId, page = 1) => url(paths.claimsWithStatus(status, page)),
  sources: () => url('/sources/'),
  source: (id: string) => url(paths.source(id)),
  entities: () => url('/entities/'),
  entity: (id: string) => url(paths.entity(id)),
  methodology: () => url('/methodology/'),
  statuses: () => url('/methodology/#statuses'),
  timeline: () => url('/timeline/'),
  figures: () => url('/figures/'),
  /** Each language has its feed: /rss.xml, /ru/rss.xml. */
  rss: () => urlIn(currentLocale(), '/rss.xml'),
  sitemap: () => url('/sitemap-index.xml'),
  search: () => url('/search/'),
  data: () => url('/data/'),
  checksums: () => fileUrl('/data/SHA256SUMS'),
  about: () => url('/about/'),
} as const;

/** Absolute URLs of this site's pages (structured data, open data), under the base. */
export interface PageUrls {
  home: string;
  claim(id: string): string;
  finding(id: string): string;
  source(id: string): string;
  report(id: string): string;
  entity(id: string): string;
}

export function pageUrls(site: URL | string): PageUrls {
  return {
    home: absoluteUrl('/', site),
    claim: (id) => absoluteUrl(paths.claim(id), site),
    finding: (id) => absoluteUrl(paths.finding(id), site),
    source: (id) => absoluteUrl(paths.source(id), site),
    report: (id) => absoluteUrl(paths.report(id), site),
    entity: (id) => absoluteUrl(paths.entity(id), site),
  };
}
