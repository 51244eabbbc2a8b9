/** The built pagefind.js, loaded in Node and pointed at a local HTTP server, as a browser would load it. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

export interface ResultData {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  excerpt: string;
  content: string;
  /** Every element with an id that Pagefind kept, with its text. */
  anchors: Array<{ element: string; id: string; text: string }>;
  sub_results: Array<{ url: string; title: string }>;
}
export interface PagefindResult {
  data(): Promise<ResultData>;
}
export type Filters = Record<string, string[]>;
type FilterCounts = Record<string, Record<string, number>>;
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(
    q: string | null,
    o?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[]; filters: FilterCounts; unfilteredResultCount: number }>;
  filters(): Promise<FilterCounts>;
}

export async function loadPagefind(dist: string, serverUrl: string): Promise<Pagefind> {
  // A query string gives each build its own module instance.
  const pf = (await import(`${pathToFileURL(join(dist, 'pagefind/pagefind.js')).href}?${encodeURIComponent(serverUrl)}`)) as Pagefind;
  await pf.options({ basePath: new URL('pagefind/', serverUrl).href, baseUrl: new URL(serverUrl).pathname });
  return pf;
}

/** The result data of a search, best first; `limit` keeps big result sets cheap. */
export async function searchResults(
  pf: Pagefind,
  query: string | null,
  filters: Filters = {},
  sort?: Record<string, 'asc' | 'desc'>,
  limit = Infinity,
): Promise<ResultData[]> {
  const { results } = await pf.search(query, sort ? { filters, sort } : { filters });
  return Promise.all(results.slice(0, limit).map((r) => r.data()));
}

/** A result fragment file as Pagefind writes it (gzip of a signature, then the page's JSON), read back. */
export function fragmentData(file: Uint8Array): Pick<ResultData, 'url' | 'meta'> {
  const text = gunzipSync(file).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as ResultData;
}
