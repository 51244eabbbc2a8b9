/** Paths of every kind of page, so no page builds another's URL by hand. */
import { url } from './url.ts';

export const routes = {
  home: () => url('/'),
  reports: () => url('/reports/'),
  report: (id: string) => url(`/reports/${id}/`),
  claims: () => url('/claims/'),
  claim: (id: string) => url(`/claims/${id}/`),
  /** Every claim of one status, a page at a time (page 1 has no number). */
  claimsWithStatus: (status: string, page = 1) => url(page > 1 ? `/claims/status/${status}/${page}/` : `/claims/status/${status}/`),
  sources: () => url('/sources/'),
  source: (id: string) => url(`/sources/${id}/`),
  methodology: () => url('/methodology/'),
  search: () => url('/search/'),
} as const;
