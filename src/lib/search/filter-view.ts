/**
 * The filter groups beside the search results: their names, and their values in the order
 * shown, each with the count for the search on screen.
 */
// No schema imports here: this module is bundled into the search page's script.
import { SEARCH_FILTERS, type SearchFilter, type SearchState } from './query-url.ts';

/** Pagefind's counts: group → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

const GROUP_LABELS: Record<SearchFilter, string> = {
  type: 'Type',
  status: 'Status',
  topic: 'Topic',
  claimant: 'Claimant',
  year: 'Year',
  entity: 'Person, group or place',
};

export const filterGroups = (): Array<{ name: SearchFilter; label: string }> => SEARCH_FILTERS.map((name) => ({ name, label: GROUP_LABELS[name] }));

export interface FilterValue {
  value: string;
  count: number;
  checked: boolean;
}

/**
 * Alphabetical order, ignoring case and accents ("Élan" with the e's), whole numbers (years) by value. Not
 * Intl.Collator or localeCompare, whose first use loads locale data on the main thread (see
 * formatCount in result-view.ts).
 */
const sortKey = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
function compareText(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) - Number(b);
  const [x, y] = [sortKey(a), sortKey(b)];
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One group's values: every value the index has (totals), so the list does not change shape
 * from one search to the next, with the count the search on screen gives it (0 when absent).
 * Years newest first; everything else in alphabetical order.
 */
export function filterValues(group: SearchFilter, totals: FilterCounts, counts: FilterCounts, state: Pick<SearchState, 'filters'>): FilterValue[] {
  const chosen = new Set(state.filters[group] ?? []);
  const values = new Set([...Object.keys(totals[group] ?? {}), ...chosen]);
  const sorted = [...values].sort(compareText);
  if (group === 'year') sorted.reverse();
  return sorted.map((value) => ({ value, count: counts[group]?.[value] ?? 0, checked: chosen.has(value) }));
}
