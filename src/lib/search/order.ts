/**
 * Date order for search results, kept out of Pagefind's page table. Pagefind 1.6 stores every
 * sort order in the page table that each search loads first (51 KB of 325 KB at 23,000 pages,
 * for a search in relevance order). So the build lets Pagefind sort the pages by date, takes
 * that order out of the page table (page-table.ts) and writes it, as page ids oldest first, to
 * a file of its own (DATE_ORDER_FILE); the search page fetches it only when the reader asks
 * for date order, and puts the relevance results in that order.
 */
// No schema imports here: this module is bundled into the search page's script.

/** Written next to Pagefind's bundle by scripts/support/search-index.ts. */
export const DATE_ORDER_FILE = '/pagefind/date-order.json';

/** The metadata key a page's date travels under in its Pagefind fragment, to be shown with the result (meta.ts writes sort_<key>). */
export const SORT_DATE_META = 'sort_date';

export interface DateOrder {
  /** Pagefind page ids (fragment names such as "en_cab2d83"), oldest first. */
  pages: string[];
}

/**
 * Results in date order, oldest or newest first; results without a date (undated sources)
 * are left out, as Pagefind's own sort leaves out pages without the sort key.
 */
export function orderByDate<T extends { id: string }>(results: T[], order: DateOrder, direction: 'asc' | 'desc'): T[] {
  const position = new Map(order.pages.map((id, i) => [id, i]));
  const dated = results.filter((r) => position.has(r.id));
  dated.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  return direction === 'desc' ? dated.reverse() : dated;
}
