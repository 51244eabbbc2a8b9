/**
 * The search index of a built site, made after Astro has exited (scripts/build.ts). Each
 * language is indexed by its own Pagefind process, all at once (index-language.ts), into a
 * folder of its own; their files, every one named by language, are then moved into the one
 * bundle, /pagefind/, and the entry files listing the languages merged
 * (src/lib/search/language-index.ts). Then the date order moves out of the page tables and the
 * files every search loads are recompressed.
 *
 * Why not in Astro's astro:build:done: Astro's process still holds what it rendered (1.7 GiB at
 * 48,000 pages), and Pagefind's indexer holds about 60 KB a page until it writes; together they
 * passed the 4 GiB budget, and one indexer at a time took the build past its two minutes.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { smallestGzip } from '../../src/lib/search/compression.ts';
import { DATE_ORDER_FILE, type DateOrder } from '../../src/lib/search/order.ts';
import { takeSort } from '../../src/lib/search/page-table.ts';
import { SEARCH_SORT_KEY } from '../../src/lib/search/query-url.ts';
import { languageGlobs, mergeEntries, type PagefindEntry } from '../../src/lib/search/language-index.ts';

const INDEX_LANGUAGE = fileURLToPath(new URL('./index-language.ts', import.meta.url));
/** The file in a bundle that lists its languages. */
const ENTRY_FILE = 'pagefind-entry.json';
/** Where /pagefind/ is, in the site. */
const BUNDLE = 'pagefind';

/** One language indexed by its own Pagefind process, into `bundle`; resolves to its page count. */
function indexLanguage(site: string, glob: string, bundle: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [INDEX_LANGUAGE, site, glob, bundle], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`indexing ${glob} failed (exit ${code}):\n${stderr}`));
      resolve((JSON.parse(stdout) as { pages: number }).pages);
    });
  });
}

/** Moves every file under `from` to the same place under `to` (one file system: renames). */
function moveInto(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) moveInto(source, target);
    else renameSync(source, target);
  }
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

/** Indexes the built site in `site` and returns what to log. Throws on any Pagefind error. */
export async function indexSite(site: string): Promise<string> {
  const started = performance.now();
  const bundle = join(site, BUNDLE);
  rmSync(bundle, { recursive: true, force: true });
  const topLevel = readdirSync(site, { withFileTypes: true }).map((e) => ({ name: e.name, isDirectory: e.isDirectory() }));
  const languages = languageGlobs(topLevel).map((l) => ({ ...l, folder: join(site, `.${BUNDLE}-${l.locale}`) }));
  try {
    const pages = await Promise.all(languages.map((l) => indexLanguage(site, l.glob, l.folder)));
    const total = pages.reduce((a, b) => a + b, 0);
    if (total === 0) throw new Error('Pagefind found no pages to index: is data-pagefind-body missing?');
    const indexed = performance.now();
    const entries: PagefindEntry[] = [];
    languages.forEach((l, i) => {
      if (!pages[i]) return;
      entries.push(JSON.parse(readFileSync(join(l.folder, ENTRY_FILE), 'utf8')) as PagefindEntry);
      moveInto(l.folder, bundle);
    });
    writeFileSync(join(bundle, ENTRY_FILE), JSON.stringify(mergeEntries(entries)));
    const moved = performance.now();
    const dated = moveDateOrder(bundle, site);
    const { before, after } = recompressBundle(bundle);
    const ms = (from: number, to: number) => Math.round(to - from);
    const counts = languages.map((l, i) => `${l.locale} ${pages[i]}`).join(', ');
    return `indexed ${total} pages in ${ms(started, performance.now())} ms (${counts}, side by side: ${ms(started, indexed)} ms; into one bundle ${ms(indexed, moved)} ms; date order of ${dated} pages and page tables and filters recompressed from ${before} to ${after} bytes ${ms(moved, performance.now())} ms)`;
  } finally {
    for (const l of languages) rmSync(l.folder, { recursive: true, force: true });
  }
}
