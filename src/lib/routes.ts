/** Paths of every kind of page, so no page builds another's URL by hand. */
import { url } from './url.ts';

export const routes = {
  home: () => url('/'),
  reports: () => url('/reports/'),
  report: (id: string) => url(`/reports/${id}/`),
  claims: () => url('/claims/'),
  claim: (id: string) => url(`/claims/${id}/`),
  sources: () => url('/sources/'),
  source: (id: string) => url(`/sources/${id}/`),
  methodology: () => url('/methodology/'),
  statuses: () => url('/methodology/#statuses'),
  timeline: () => url('/timeline/'),
  figures: () => url('/figures/'),
  rss: () => url('/rss.xml'),
  sitemap: () => url('/sitemap-index.xml'),
  search: () => url('/search/'),
} as const;
