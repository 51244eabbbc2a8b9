/**
 * Builds the Pagefind search index from the finished HTML in astro:build:done, using
 * Pagefind's Node API (no CLI, no download). Any Pagefind error fails the build, and the
 * index process is always closed so the build can exit.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { smallestGzip } from '../lib/search/compression.ts';
import { DATE_ORDER_FILE, type DateOrder } from '../lib/search/order.ts';
import { takeSort } from '../lib/search/page-table.ts';
import { SEARCH_SORT_KEY } from '../lib/search/query-url.ts';

interface PagefindResponse {
  errors: string[];
}

function assertOk<T extends PagefindResponse>(response: T, step: string): Required<T> {
  if (response.errors.length) {
    throw new Error(`Pagefind failed while ${step}:\n${response.errors.join('\n')}`);
  }
  return response as Required<T>;
}

/**
 * Moves Pagefind's date sort out of the page tables, which every search loads, into the date
 * order file, which only a date-ordered search loads (src/lib/search/order.ts). Pagefind makes
 * one page table per language (English, Russian); page ids carry their language ("en_…",
 * "ru_…") and a search runs in one language, so one file holds every language's order, one
 * after the other. Returns the number of dated pages.
 */
function moveDateOrder(bundle: string, site: string): number {
  const tables = readdirSync(bundle)
    .filter((name) => name.endsWith('.pf_meta'))
    .sort();
  if (tables.length === 0) throw new Error('expected a Pagefind page table, found none');
  const order: DateOrder = { pages: [] };
  for (const name of tables) {
    const path = join(bundle, name);
    const { table, pages } = takeSort(gunzipSync(readFileSync(path)), SEARCH_SORT_KEY);
    // recompressBundle, next, stores it at the best compression.
    if (pages) writeFileSync(path, gzipSync(table));
    order.pages.push(...(pages ?? []));
  }
  writeFileSync(join(site, DATE_ORDER_FILE), JSON.stringify(order));
  return order.pages.length;
}

/**
 * Rewrites the page table (every search loads it first) and the filter data (loaded once
 * results are drawn) at the best compression (src/lib/search/compression.ts). Not the index
 * chunks: they shrink by 0.5% for seconds of build time. Not the fragments: too small to gain.
 * Returns the bytes before and after.
 */
export function recompressBundle(bundle: string): { before: number; after: number } {
  // A site without filters has no filter folder.
  const filters = join(bundle, 'filter');
  const files = [
    ...readdirSync(bundle).filter((name) => name.endsWith('.pf_meta')),
    ...(existsSync(filters) ? readdirSync(filters).map((name) => join('filter', name)) : []),
  ];
  let before = 0;
  let after = 0;
  for (const name of files) {
    const path = join(bundle, name);
    const file = readFileSync(path);
    const smaller = smallestGzip(file);
    before += file.length;
    after += smaller.length;
    if (smaller !== file) writeFileSync(path, smaller);
  }
  return { before, after };
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'colony:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          const { index } = assertOk(await pagefind.createIndex({}), 'creating the index');
          // addDirectory lets Pagefind read the files itself: handing pages over one by one
          // through the Node API costs more than the indexing (16 s at 23,000 pages).
          const { page_count } = assertOk(await index.addDirectory({ path: fileURLToPath(dir) }), 'indexing the built pages');
          if (page_count === 0) throw new Error('Pagefind found no pages to index: is data-pagefind-body missing?');
          const read = performance.now();
          const bundle = fileURLToPath(new URL('./pagefind/', dir));
          assertOk(await index.writeFiles({ outputPath: bundle }), 'writing the index');
          const written = performance.now();
          const dated = moveDateOrder(bundle, fileURLToPath(dir));
          const ordered = performance.now();
          const { before, after } = recompressBundle(bundle);
          const ms = (from: number, to: number) => Math.round(to - from);
          logger.info(
            `indexed ${page_count} pages in ${ms(started, performance.now())} ms (reading ${ms(started, read)} ms, writing ${ms(read, written)} ms, date order of ${dated} pages ${ms(written, ordered)} ms, page table and filters recompressed from ${before} to ${after} bytes ${ms(ordered, performance.now())} ms)`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
