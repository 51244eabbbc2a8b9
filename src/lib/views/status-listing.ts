/** One page of a status's claim listing (/claims/status/<id>/, /2/, …): its title, count line and pager. */
import type { StatusDefinition } from '../../schema/status.ts';
import { routes } from '../routing/routes.ts';
import { plural } from '../text/format.ts';

/** What Astro's paginate() tells a page about where it is; start and end are 0-based indexes. */
export interface PagePosition {
  currentPage: number;
  lastPage: number;
  total: number;
  start: number;
  end: number;
}

export interface StatusListingView {
  title: string;
  description: string;
  path: string;
  /** "201 claims, newest first; 201–250 on this page" (the range only when there are several pages). */
  count: string;
  /** Null on a listing that fits one page. */
  pager: { newer: string | null; older: string | null; text: string } | null;
}

export function statusListing(status: StatusDefinition, page: PagePosition): StatusListingView {
  const paged = page.lastPage > 1;
  return {
    title: paged ? `${status.label} claims, page ${page.currentPage} of ${page.lastPage}` : `${status.label} claims`,
    description: `Every claim with the status ${status.label}: ${status.definition}`,
    path: routes.claimsWithStatus(status.id, page.currentPage),
    count: `${plural(page.total, 'claim')}, newest first${paged ? `; ${page.start + 1}–${page.end + 1} on this page` : ''}`,
    pager: paged
      ? {
          newer: page.currentPage > 1 ? routes.claimsWithStatus(status.id, page.currentPage - 1) : null,
          older: page.currentPage < page.lastPage ? routes.claimsWithStatus(status.id, page.currentPage + 1) : null,
          text: `Page ${page.currentPage} of ${page.lastPage}`,
        }
      : null,
  };
}
