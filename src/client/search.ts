/**
 * The search page's only script. It loads Pagefind's Component UI from the site's own
 * /pagefind/ bundle (written at build time, so it cannot be bundled here), then keeps the
 * search and the URL in step: ?q=…&status=…&sort=… restores a search on load, on reload and
 * on the back button, and every search the reader makes is written back to the URL.
 */
import { url } from '../lib/routing/url.ts';
import { isNewHistoryEntry, normaliseFilters, parseSort, queryFromState, sortParam, stateFromQuery, type SearchState } from '../lib/search/query-url.ts';

type Filters = Record<string, string[]>;

/** The parts of Pagefind's Component UI instance this page uses (pagefind 1.6). */
interface PagefindInstance {
  searchSort?: Record<string, 'asc' | 'desc'> | undefined;
  on(event: 'search', callback: (term: string, filters: Filters) => void): void;
  triggerSearchWithFilters(term: string, filters: Filters): void;
}
interface PagefindComponents {
  getInstanceManager(): { getInstance(name: string): PagefindInstance };
}

async function start(root: HTMLElement): Promise<void> {
  // A dynamic import has no document.currentScript, so <pagefind-config> on the page names
  // the bundle path and base URL explicitly.
  await import(/* @vite-ignore */ url('/pagefind/pagefind-component-ui.js'));
  const components = (window as unknown as { PagefindComponents?: PagefindComponents }).PagefindComponents;
  if (!components) throw new Error('Pagefind Component UI did not load');
  const instance = components.getInstanceManager().getInstance('default');
  const sortSelect = root.querySelector<HTMLSelectElement>('select[name="sort"]');

  let shown = stateFromQuery(location.search);
  let sort = shown.sort;

  const show = (state: SearchState) => {
    sort = state.sort;
    instance.searchSort = sort ? { [sort.key]: sort.direction } : undefined;
    if (sortSelect) sortSelect.value = sortParam(sort);
    instance.triggerSearchWithFilters(state.term, state.filters as Filters);
  };

  // Every search (typing, a filter, the order, the back button) passes through here.
  instance.on('search', (term, filters) => {
    const next: SearchState = { term, filters: normaliseFilters(filters), sort };
    const query = queryFromState(next);
    if (query !== location.search) {
      const target = `${location.pathname}${query}`;
      if (isNewHistoryEntry(shown, next)) history.pushState(null, '', target);
      else history.replaceState(null, '', target);
    }
    shown = next;
  });

  sortSelect?.addEventListener('change', () => show({ ...shown, sort: parseSort(sortSelect.value) }));
  window.addEventListener('popstate', () => show(stateFromQuery(location.search)));

  root.hidden = false;
  if (shown.term || Object.keys(shown.filters).length) show(shown);
}

const root = document.querySelector<HTMLElement>('[data-search-ui]');
if (root) {
  start(root).catch((error: unknown) => {
    console.error(error);
    document.querySelector<HTMLElement>('[data-search-error]')?.removeAttribute('hidden');
  });
}
