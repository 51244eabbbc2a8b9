/**
 * The search page's only script. It loads Pagefind's Component UI from the site's own
 * /pagefind/ bundle (written at build time, so it cannot be bundled here), then keeps the
 * search and the URL in step: ?q=…&status=…&sort=… restores a search on load, on reload and
 * on the back button, and every search the reader makes is written back to the URL.
 *
 * It also says when the results are settled: the results region ([data-search-results]) has
 * aria-busy="true" from the moment a search starts (a keystroke, a filter, the order, the
 * back button, a URL) until the results for that search are drawn, then "false".
 */
import { url } from '../lib/routing/url.ts';
import { DATE_ORDER_FILE, orderByDate, type DateOrder } from '../lib/search/order.ts';
import { isNewHistoryEntry, normaliseFilters, parseSort, queryFromState, sortParam, stateFromQuery, type SearchState } from '../lib/search/query-url.ts';

type Filters = Record<string, string[]>;

/** Pagefind's engine (pagefind.js), as far as this page uses it. */
type FilterCounts = Record<string, Record<string, number>>;
interface SearchAnswer {
  results: Array<{ id: string }>;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
interface PagefindEngine {
  filters(): Promise<FilterCounts>;
  search(term: string | null, options: { filters: Filters; sort?: Record<string, string> }): Promise<SearchAnswer | null>;
}
interface PagefindModule {
  createInstance(options: { basePath: string; baseUrl: string }): PagefindEngine;
}

/** The parts of Pagefind's Component UI instance this page uses (pagefind 1.6). */
interface PagefindInstance {
  searchTerm?: string;
  searchFilters?: Filters;
  /** The engine, set by __load__; the Component UI's own __load__ also loads every filter first. */
  __pagefind__?: PagefindEngine;
  __load__(): Promise<void>;
  availableFilters?: FilterCounts;
  totalFilters?: FilterCounts;
  /** How the filter pane is told the counts (the Component UI's own event). */
  __dispatch__(event: 'filters', counts: { available: FilterCounts; total: FilterCounts }): void;
  on(event: 'search', callback: (term: string, filters: Filters) => void): void;
  on(event: 'loading' | 'error', callback: () => void): void;
  on(event: 'results', callback: (result: { results: unknown[] }) => void): void;
  triggerSearchWithFilters(term: string, filters: Filters): void;
}
interface PagefindComponents {
  getInstanceManager(): { getInstance(name: string): PagefindInstance };
}
/** <pagefind-results>: one entry per result, whose load() draws it (Pagefind loads only those in view). */
interface ResultsElement extends HTMLElement {
  results?: Array<{ load?: () => Promise<void> }>;
}

/** Results drawn before the region counts as settled: the first screen. */
const FIRST_SCREEN = 5;

async function start(root: HTMLElement): Promise<void> {
  const region = root.querySelector<HTMLElement>('[data-search-results]')!;
  const setBusy = (busy: boolean) => region.setAttribute('aria-busy', String(busy));

  /** The search on screen, and the order asked for (undefined: relevance). */
  let shown = stateFromQuery(location.search);
  let sort = shown.sort;
  const engineUrl = url('/pagefind/pagefind.js');
  // A search in the URL needs the engine at once: fetch it beside the Component UI.
  if (shown.term || Object.keys(shown.filters).length) void import(/* @vite-ignore */ engineUrl);

  // Beside the results on a wide screen the filter pane is filled once the first results are
  // drawn, every group open. On a narrow one it would stand above the results, so it waits for
  // the Filters button (a phone loads no filter data until then) and opens with its groups
  // closed. The width is the stylesheet's single-column breakpoint (src/styles/search.css).
  const pane = root.querySelector('pagefind-filter-pane');
  const filtersToggle = root.querySelector<HTMLButtonElement>('[data-search-filters-toggle]');
  const narrow = matchMedia('(max-width: 45rem)');
  /** Whether the pane is to be filled: always on a wide screen; on a narrow one once asked for. */
  const filtersWanted = () => !narrow.matches || filtersToggle?.getAttribute('aria-expanded') === 'true';
  // Set before the Component UI defines the pane, which reads it when it starts.
  const setPaneLayout = () => pane?.setAttribute('expanded', String(!narrow.matches));
  setPaneLayout();
  // A search that arrives with filters in its URL shows them.
  if (Object.keys(shown.filters).length) filtersToggle?.setAttribute('aria-expanded', 'true');

  // A dynamic import has no document.currentScript, so <pagefind-config> on the page names
  // the bundle path and base URL explicitly. The Component UI is preloaded from the head.
  await import(/* @vite-ignore */ url('/pagefind/pagefind-component-ui.js'));
  const components = (window as unknown as { PagefindComponents?: PagefindComponents }).PagefindComponents;
  if (!components) throw new Error('Pagefind Component UI did not load');
  const instance = components.getInstanceManager().getInstance('default');

  // Our own engine, handed to the Component UI when it first needs one (its __load__): left to
  // itself it loads every filter's data before it runs the first search (a round trip, and
  // all the filter files, before any result). Here the first search loads only what it
  // needs, and the filter pane is filled once the first results are drawn. Nothing is loaded
  // for a reader who does not search.
  let engine: PagefindEngine | undefined;
  let relevanceSearch: PagefindEngine['search'] = async () => null;
  let engineLoaded: Promise<void> | undefined;
  let dateOrder: Promise<DateOrder> | undefined;
  instance.__load__ = () =>
    (engineLoaded ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ engineUrl)) as PagefindModule;
      const created = pagefind.createInstance({ basePath: url('/pagefind/'), baseUrl: url('/') });
      relevanceSearch = created.search.bind(created);
      // Date order: Pagefind is asked for relevance order, and the results are put in date
      // order from a file fetched the first time a reader asks for it (src/lib/search/order.ts).
      created.search = async (term, options) => {
        const wanted = sort;
        const answer = await relevanceSearch(term, { filters: options.filters });
        if (!answer || !wanted) return answer;
        dateOrder ??= fetch(url(DATE_ORDER_FILE)).then((r) => {
          if (!r.ok) throw new Error(`date order: HTTP ${r.status}`);
          return r.json() as Promise<DateOrder>;
        });
        return { ...answer, results: orderByDate(answer.results, await dateOrder, wanted.direction) };
      };
      engine = created;
      instance.__pagefind__ = created;
    })());
  // A reader about to type: start loading the engine while they do.
  root.querySelector('pagefind-input')?.addEventListener('focusin', () => void instance.__load__(), { once: true });

  /** Counts the result lists drawn, so work for a list already replaced is dropped. */
  let drawing = 0;
  let filtersLoaded: Promise<unknown> | undefined;
  let filterPaneFilled = false;
  const fillFilterPane = async (id: number) => {
    if (filterPaneFilled || !engine || !filtersWanted()) return;
    filtersLoaded ??= engine.filters();
    await filtersLoaded;
    if (filterPaneFilled || id !== drawing) return;
    // Pagefind counts only the filters whose data it holds: the search on screen once more,
    // now with all of it, gives the pane every group's counts without redrawing the results.
    // From then on every search's answer carries every group's counts itself.
    const answer = await relevanceSearch(instance.searchTerm || null, { filters: instance.searchFilters ?? {} });
    if (id !== drawing || !answer) return;
    filterPaneFilled = true;
    instance.availableFilters = answer.filters;
    instance.totalFilters = answer.totalFilters;
    instance.__dispatch__('filters', { available: answer.filters, total: answer.totalFilters });
  };

  const fitPane = () => {
    setPaneLayout();
    if (filtersWanted()) void fillFilterPane(drawing);
  };
  narrow.addEventListener('change', fitPane);
  filtersToggle?.addEventListener('click', () => {
    filtersToggle.setAttribute('aria-expanded', String(filtersToggle.getAttribute('aria-expanded') !== 'true'));
    fitPane();
  });

  const sortSelect = root.querySelector<HTMLSelectElement>('select[name="sort"]');
  const resultsEl = root.querySelector<ResultsElement>('pagefind-results')!;
  const list = () => resultsEl.querySelector('ul');

  const show = (state: SearchState) => {
    setBusy(true);
    sort = state.sort;
    if (sortSelect) sortSelect.value = sortParam(sort);
    instance.triggerSearchWithFilters(state.term, state.filters as Filters);
  };

  // Every search (typing, a filter, the order, the back button) passes through here.
  instance.on('search', (term, filters) => {
    setBusy(true);
    const next: SearchState = { term, filters: normaliseFilters(filters), sort };
    const query = queryFromState(next);
    if (query !== location.search) {
      const target = `${location.pathname}${query}`;
      if (isNewHistoryEntry(shown, next)) history.pushState(null, '', target);
      else history.replaceState(null, '', target);
    }
    shown = next;
  });
  instance.on('loading', () => setBusy(true));
  instance.on('error', () => setBusy(false));

  // Pagefind drops the answer to a search overtaken by a newer one, so "results" always
  // belongs to the latest search. Its list is placeholders until each result's data arrives:
  // the first screen is loaded at once (not when scrolled into view), and the region is
  // settled when those are drawn.
  instance.on('results', ({ results }) => {
    const id = ++drawing;
    const wanted = Math.min(results.length, FIRST_SCREEN);
    const drawn = () => {
      const items = Array.from(list()?.children ?? []).slice(0, wanted);
      return items.length === wanted && items.every((li) => li.matches('.search-result'));
    };
    const settle = () => {
      if (id !== drawing || !drawn()) return false;
      setBusy(false);
      void fillFilterPane(id);
      return true;
    };
    for (const entry of resultsEl.results?.slice(0, wanted) ?? []) void entry.load?.();
    if (settle()) return;
    const watcher = new MutationObserver(() => {
      if (id !== drawing || settle()) watcher.disconnect();
    });
    watcher.observe(resultsEl, { childList: true, subtree: true });
  });
  // Typing: busy from the first keystroke, not after Pagefind's pause for more typing.
  root.querySelector('pagefind-input')?.addEventListener('input', () => setBusy(true));

  sortSelect?.addEventListener('change', () => show({ ...shown, sort: parseSort(sortSelect.value) }));
  window.addEventListener('popstate', () => show(stateFromQuery(location.search)));

  root.hidden = false;
  if (shown.term || Object.keys(shown.filters).length) show(shown);
  else setBusy(false);
}

const root = document.querySelector<HTMLElement>('[data-search-ui]');
if (root) {
  start(root).catch((error: unknown) => {
    console.error(error);
    root.hidden = true;
    document.querySelector<HTMLElement>('[data-search-error]')?.removeAttribute('hidden');
    root.querySelector('[data-search-results]')?.setAttribute('aria-busy', 'false');
  });
}
