/**
 * A search as a URL query, so it can be bookmarked, shared and restored by the back button:
 * /search/?q=pardon&status=Corroborated&year=2022&sort=date:desc
 * Filters repeat for several values (topic=a&topic=b). Unknown parameters are ignored.
 */
// No schema imports here: this module is bundled into the search page's script.

/** Filter groups in the order the search page offers them. Pagefind shows them capitalised. */
export const SEARCH_FILTERS = ['type', 'status', 'topic', 'claimant', 'year', 'entity'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The one sort key: a date as written, so it sorts as text (see order.ts). */
export const SEARCH_SORT_KEY = 'date';

type SortDirection = 'asc' | 'desc';

export interface SearchState {
  term: string;
  filters: Partial<Record<SearchFilter, string[]>>;
  /** Absent: by relevance. */
  sort?: { key: string; direction: SortDirection } | undefined;
}

export function parseSort(text: string | null | undefined): SearchState['sort'] {
  const [key, direction] = (text ?? '').split(':');
  if (key !== SEARCH_SORT_KEY) return undefined;
  return { key, direction: direction === 'asc' ? 'asc' : 'desc' };
}

export function sortParam(sort: SearchState['sort']): string {
  return sort ? `${sort.key}:${sort.direction}` : '';
}

export function stateFromQuery(query: string | URLSearchParams): SearchState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const values = [
      ...new Set(
        params
          .getAll(name)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length) filters[name] = values;
  }
  return { term: (params.get('q') ?? '').trim(), filters, sort: parseSort(params.get('sort')) };
}

/** The query string for a search ("" for an empty one), in a stable order: q, filters, sort. */
export function queryFromState(state: SearchState): string {
  const params = new URLSearchParams();
  const term = state.term.trim();
  if (term) params.set('q', term);
  for (const name of SEARCH_FILTERS) for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.sort) params.set('sort', sortParam(state.sort));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Filters as Pagefind takes them: only known groups with at least one value. */
export function normaliseFilters(filters: Record<string, unknown>): SearchState['filters'] {
  const out: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const values = filters[name];
    const list = Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string' && v !== '') : [];
    if (list.length) out[name] = [...new Set(list)];
  }
  return out;
}

/**
 * Whether moving from one search to the next deserves its own history entry. Typing refines
 * a search (replace the entry); changing filters or order is a new view (push one), so the
 * back button steps back through them.
 */
export function isNewHistoryEntry(previous: SearchState, next: SearchState): boolean {
  return queryFromState({ ...previous, term: '' }) !== queryFromState({ ...next, term: '' });
}
