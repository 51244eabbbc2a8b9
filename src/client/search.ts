/**
 * The search page's only script. It runs searches through Pagefind's engine
 * (/pagefind/pagefind.js, written at build time, so loaded by URL rather than bundled) and
 * draws the results and filter counts into the page's own markup (src/pages/search/index.astro)
 * from the views computed in src/lib/search/. The search and the URL are kept in step:
 * ?q=…&status=…&sort=… restores a search on load, on reload and on the back button, and
 * every search the reader makes is written back to the URL.
 *
 * It also says when the results are settled: the results region ([data-search-results]) has
 * aria-busy="true" from the moment a search starts (a keystroke, a filter, the order, the
 * back button, a URL) until the first results of that search are drawn, then "false".
 */
import { url } from '../lib/routing/url.ts';
import { filterValues, type FilterCounts } from '../lib/search/filter-view.ts';
import { DATE_ORDER_FILE, orderByDate, type DateOrder } from '../lib/search/order.ts';
import { isNewHistoryEntry, parseSort, queryFromState, SEARCH_FILTERS, sortParam, stateFromQuery, type SearchState } from '../lib/search/query-url.ts';
import { formatCount, resultView, statusText, type ExcerptSegment, type ResultData, type StatusWords } from '../lib/search/result-view.ts';
import { NAMES_FILE, suggestNames, type NameEntry } from '../lib/search/did-you-mean.ts';

/**
 * The words this script draws, in the page's language: the Russian search page gives its own in
 * data-search-words (src/pages/search/index.astro); filter values (types, statuses) are the
 * index's English values, shown through `values`.
 */
interface PageWords {
  saidBy: string;
  values: Record<string, string>;
  status?: StatusWords;
  /** "Did you mean ", " or ", "?" around the names offered. */
  didYouMean: { before: string; or: string; after: string };
}
let words: PageWords = { saidBy: 'Said by {who}', values: {}, didYouMean: { before: 'Did you mean ', or: ' or ', after: '?' } };
const shownValue = (value: string) => words.values[value] ?? value;

/** Pagefind's engine (pagefind.js 1.6), as far as this page uses it. */
interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}
interface SearchAnswer {
  results: PagefindResult[];
  filters: FilterCounts;
}
type SearchOptions = { filters: SearchState['filters'] };
interface PagefindEngine {
  search(term: string | null, options: SearchOptions): Promise<SearchAnswer | null>;
  /** Resolves to null when a later call overtakes it. */
  debouncedSearch(term: string | null, options: SearchOptions, ms: number): Promise<SearchAnswer | null>;
  filters(): Promise<FilterCounts>;
}
interface PagefindModule {
  createInstance(options: { basePath: string; baseUrl: string }): PagefindEngine;
}

/** Results drawn for a new search (the first screen), and added by each "More results". */
const FIRST_SCREEN = 5;
const MORE = 10;
/** Fewer results than this, for a search by words, and the page offers near spellings of names. */
const FEW = 2;
/** Pause after a keystroke before searching, for more typing. */
const TYPING_PAUSE_MS = 250;
/** The stylesheet's single-column breakpoint (src/styles/search.css). */
const narrow = matchMedia('(max-width: 45rem)');

const hasSearch = (state: SearchState) => Boolean(state.term) || Object.keys(state.filters).length > 0;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string | null, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** Excerpt text as text nodes, the matched words in <mark>: content never becomes markup. */
const excerptNodes = (segments: ExcerptSegment[]): Node[] => segments.map((s) => (s.mark ? el('mark', null, s.text) : document.createTextNode(s.text)));

function resultItem(data: ResultData, badges: ReadonlyMap<string, Element>): HTMLLIElement | null {
  const view = resultView(data);
  if (!view) return null;
  const link = el('a', null, view.title);
  link.href = view.href;
  const item = el('li', 'search-result');
  if (view.kind) item.append(el('p', 'search-result-kind', view.kind.split(' · ').map(shownValue).join(' · ')));
  item.append(el('h2', 'search-result-title', link));
  const meta: Node[] = [];
  const badge = view.status && badges.get(view.status);
  if (badge) meta.push(badge.cloneNode(true));
  if (view.claimant) meta.push(el('span', null, words.saidBy.replace('{who}', view.claimant)));
  if (view.date) meta.push(el('span', null, view.date));
  if (meta.length) item.append(el('p', 'search-result-meta', ...meta));
  if (view.excerpt.length) item.append(el('p', 'search-result-excerpt', ...excerptNodes(view.excerpt)));
  if (view.sections.length) {
    const sections = view.sections.map((s) => {
      const a = el('a', null, s.title);
      a.href = s.href;
      return el('li', null, a, ' ', el('span', 'search-result-excerpt', ...excerptNodes(s.excerpt)));
    });
    item.append(el('ul', 'search-result-sections', ...sections));
  }
  return item;
}

function start(root: HTMLElement): void {
  if (root.dataset['searchWords']) words = JSON.parse(root.dataset['searchWords']) as PageWords;
  const region = root.querySelector<HTMLElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-list]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const sortSelect = root.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const filtersToggle = root.querySelector<HTMLButtonElement>('[data-search-filters-toggle]')!;
  const groups = root.querySelector<HTMLElement>('[data-search-filter-groups]')!;
  const badgeTemplate = root.querySelector<HTMLTemplateElement>('template[data-status-badges]')!;
  const badges = new Map([...badgeTemplate.content.querySelectorAll<HTMLElement>('[data-status]')].map((s) => [s.dataset['status']!, s.firstElementChild!]));
  const suggest = root.querySelector<HTMLElement>('[data-search-suggest]')!;
  const setBusy = (busy: boolean) => region.setAttribute('aria-busy', String(busy));

  const fail = (error: unknown) => {
    console.error(error);
    root.hidden = true;
    document.querySelector<HTMLElement>('[data-search-error]')?.removeAttribute('hidden');
    setBusy(false);
  };

  let engine: Promise<PagefindEngine> | undefined;
  const loadEngine = () =>
    (engine ??= (import(/* @vite-ignore */ url('/pagefind/pagefind.js')) as Promise<PagefindModule>).then((pagefind) =>
      pagefind.createInstance({ basePath: url('/pagefind/'), baseUrl: url('/') }),
    ));
  // The names file is fetched the first time a search comes up short.
  let names: Promise<NameEntry[]> | undefined;
  const loadNames = () =>
    (names ??= fetch(url(NAMES_FILE)).then((r) => {
      if (!r.ok) throw new Error(`${NAMES_FILE}: ${r.status}`);
      return r.json() as Promise<NameEntry[]>;
    }));
  const drawSuggestions = async (next: SearchState, count: number) => {
    const offered = next.term && count < FEW ? suggestNames(next.term, await loadNames()) : [];
    suggest.replaceChildren();
    suggest.hidden = offered.length === 0;
    if (!offered.length) return;
    suggest.append(words.didYouMean.before);
    offered.forEach((term, i) => {
      const a = el('a', null, term);
      // This search page, in whichever language it is.
      a.href = `${location.pathname}${queryFromState({ ...next, term })}`;
      if (i > 0) suggest.append(i === offered.length - 1 ? words.didYouMean.or : ', ');
      suggest.append(a);
    });
    suggest.append(words.didYouMean.after);
  };
  let dateOrder: Promise<DateOrder> | undefined;
  const loadDateOrder = () =>
    (dateOrder ??= fetch(url(DATE_ORDER_FILE)).then((r) => {
      if (!r.ok) throw new Error(`date order: HTTP ${r.status}`);
      return r.json() as Promise<DateOrder>;
    }));

  /** The search on screen (or on its way), and its results in the order shown. */
  let shown = stateFromQuery(location.search);
  let results: PagefindResult[] = [];
  /** How many of them are drawn (or on their way). */
  let drawnTo = 0;
  /** Counts searches, so the answer to one overtaken by a newer one is dropped. */
  let searchId = 0;

  const showControls = (state: SearchState) => {
    if (input.value.trim() !== state.term) input.value = state.term;
    sortSelect.value = sortParam(state.sort);
    for (const box of groups.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
      box.checked = (state.filters[box.name as keyof SearchState['filters']] ?? []).includes(box.value);
  };

  const writeUrl = (next: SearchState) => {
    const query = queryFromState(next);
    if (query === location.search) return;
    const target = `${location.pathname}${query}`;
    if (isNewHistoryEntry(shown, next)) history.pushState(null, '', target);
    else history.replaceState(null, '', target);
  };

  /** Draws results from `from` on; the first drawn link is returned for focus. */
  const draw = async (id: number, from: number, count: number): Promise<HTMLAnchorElement | null> => {
    drawnTo = from + count;
    const data = await Promise.all(results.slice(from, from + count).map((r) => r.data()));
    if (id !== searchId) return null;
    const items = data.map((d) => resultItem(d, badges)).filter((item): item is HTMLLIElement => item !== null);
    if (from === 0) list.replaceChildren(...items);
    else list.append(...items);
    more.hidden = results.length <= from + count;
    return items[0]?.querySelector('a') ?? null;
  };

  // ---- filters: loaded after the first results on a wide screen, behind the Filters button on a narrow one.
  let filtersDrawn = false;
  let filterData: Promise<FilterCounts> | undefined;
  const filtersWanted = () => !narrow.matches || filtersToggle.getAttribute('aria-expanded') === 'true';
  const fitGroups = () => {
    // Beside the results every group is open; above them, on a phone, only those with a value ticked.
    for (const details of groups.querySelectorAll('details')) details.open = !narrow.matches || details.querySelector('input:checked') !== null;
  };

  const drawFilters = (totals: FilterCounts, counts: FilterCounts) => {
    for (const details of groups.querySelectorAll<HTMLDetailsElement>('details[data-filter-group]')) {
      const group = details.dataset['filterGroup'] as (typeof SEARCH_FILTERS)[number];
      const values = filterValues(group, totals, counts, shown);
      details.hidden = values.length === 0;
      details.querySelector('[data-filter-values]')!.replaceChildren(
        ...values.map((v) => {
          const box = el('input', null);
          box.type = 'checkbox';
          box.name = group;
          box.value = v.value;
          box.checked = v.checked;
          return el('li', null, el('label', null, box, ` ${shownValue(v.value)} `, el('span', 'search-filter-count', formatCount(v.count))));
        }),
      );
    }
    fitGroups();
    groups.hidden = false;
    filtersDrawn = true;
  };

  const updateCounts = (counts: FilterCounts) => {
    for (const box of groups.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const count = box.parentElement?.querySelector('.search-filter-count');
      if (count) count.textContent = formatCount(counts[box.name]?.[box.value] ?? 0);
    }
  };

  const fillFilters = async () => {
    if (filtersDrawn || !filtersWanted()) return;
    const id = searchId;
    const pf = await loadEngine();
    const totals = await (filterData ??= pf.filters());
    if (filtersDrawn || id !== searchId) return;
    // Pagefind counts only the groups whose data it held when the search ran: the search on
    // screen once more, now with all of it, gives every group's counts.
    const answer = hasSearch(shown) ? await pf.search(shown.term || null, { filters: shown.filters }) : null;
    if (filtersDrawn || id !== searchId) return;
    drawFilters(totals, answer?.filters ?? totals);
  };
  const fillFiltersOrFail = () => void fillFilters().catch(fail);

  // ---- searching
  const search = async (next: SearchState, how: { typing?: boolean; write?: boolean }) => {
    const id = ++searchId;
    setBusy(true);
    // "More results" belongs to the results on screen, which this search replaces.
    more.hidden = true;
    if (how.write !== false) writeUrl(next);
    shown = next;
    if (!how.typing) showControls(next);
    if (!hasSearch(next)) {
      results = [];
      list.replaceChildren();
      suggest.hidden = true;
      status.textContent = '';
      if (filtersDrawn) updateCounts((await filterData) ?? {});
      if (id === searchId) setBusy(false);
      return;
    }
    const pf = await loadEngine();
    const term = next.term || null;
    const options = { filters: next.filters };
    const answer = how.typing && term ? await pf.debouncedSearch(term, options, TYPING_PAUSE_MS) : await pf.search(term, options);
    if (id !== searchId || !answer) return;
    // Date order: Pagefind answers in relevance order, put in date order from a file fetched
    // the first time a reader asks for it (src/lib/search/order.ts).
    const ordered = next.sort ? orderByDate(answer.results, await loadDateOrder(), next.sort.direction) : answer.results;
    if (id !== searchId) return;
    results = ordered;
    await draw(id, 0, FIRST_SCREEN);
    if (id !== searchId) return;
    status.textContent = statusText(results.length, next, words.status);
    await drawSuggestions(next, results.length);
    if (id !== searchId) return;
    if (filtersDrawn) updateCounts(answer.filters);
    setBusy(false);
    fillFiltersOrFail();
  };
  const run = (next: SearchState, how: { typing?: boolean; write?: boolean } = {}) => void search(next, how).catch(fail);

  // ---- the reader's controls
  input.addEventListener('focus', () => void loadEngine().catch(fail), { once: true });
  input.addEventListener('input', () => run({ ...shown, term: input.value.trim() }, { typing: true }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run({ ...shown, term: input.value.trim() });
  });
  sortSelect.addEventListener('change', () => run({ ...shown, sort: parseSort(sortSelect.value) }));
  groups.addEventListener('change', () => {
    const filters: SearchState['filters'] = {};
    for (const box of groups.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked'))
      (filters[box.name as keyof SearchState['filters']] ??= []).push(box.value);
    run({ ...shown, filters });
  });
  more.addEventListener('click', () => {
    const id = searchId;
    setBusy(true);
    void draw(id, drawnTo, MORE)
      .then((first) => {
        if (id !== searchId) return;
        setBusy(false);
        first?.focus();
      })
      .catch(fail);
  });
  // Arrow keys from the search box through the result titles, and back.
  const titles = () => [...list.querySelectorAll<HTMLAnchorElement>('.search-result-title a')];
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = titles();
    const at = event.target === input ? -1 : links.indexOf(event.target as HTMLAnchorElement);
    if (at === -1 && event.target !== input) return;
    const to = at + (event.key === 'ArrowDown' ? 1 : -1);
    const target = to < 0 ? (at === -1 ? null : input) : links[to];
    if (!target) return;
    event.preventDefault();
    target.focus();
  });

  filtersToggle.addEventListener('click', () => {
    filtersToggle.setAttribute('aria-expanded', String(filtersToggle.getAttribute('aria-expanded') !== 'true'));
    fillFiltersOrFail();
  });
  narrow.addEventListener('change', () => {
    fitGroups();
    fillFiltersOrFail();
  });
  window.addEventListener('popstate', () => run(stateFromQuery(location.search), { write: false }));

  // A search that arrives with filters in its address shows them, on a phone too.
  if (Object.keys(shown.filters).length) filtersToggle.setAttribute('aria-expanded', 'true');
  if (hasSearch(shown)) run(shown, { write: false });
  else {
    setBusy(false);
    // With no search yet, a wide screen offers the filters (a search by filter alone) once the page is idle.
    if (!narrow.matches) ('requestIdleCallback' in window ? requestIdleCallback : setTimeout)(fillFiltersOrFail);
  }
}

const root = document.querySelector<HTMLElement>('[data-search-ui]');
if (root) start(root);
