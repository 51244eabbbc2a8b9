/**
 * The search index is built per language, each language by its own Pagefind indexer, side by
 * side (scripts/support/search-index.ts). An indexer holds every page it is given until it writes
 * the index, about 60 KB a page, and works mostly on one core: two indexers of half the pages
 * each use the machine's two cores. Each writes its language's files, every one named by
 * language ("en_…", "wasm.ru.pagefind"), so they share one bundle without colliding; only the
 * entry file, which lists the languages, is written by each, and is merged here.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../text/locales.ts';

export interface BuiltEntry {
  name: string;
  isDirectory: boolean;
}

/**
 * The glob that picks one language's pages out of the built site, given its top-level entries:
 * a language with a prefix is its folder ("ru/**\/*.html"); English is the HTML at the top and in
 * every top-level folder that is not another language's. (Pagefind's globs have no negation.)
 */
export function languageGlobs(topLevel: readonly BuiltEntry[]): { locale: Locale; glob: string }[] {
  const prefixed = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
  const folders = topLevel
    .filter((e) => e.isDirectory && !(prefixed as readonly string[]).includes(e.name))
    .map((e) => `${e.name}/**/*.html`)
    .sort();
  const english = folders.length ? `{*.html,${folders.join(',')}}` : '*.html';
  return LOCALES.map((locale) => ({ locale, glob: locale === DEFAULT_LOCALE ? english : `${locale}/**/*.html` }));
}

/** Pagefind's pagefind-entry.json: the languages in the bundle, each with its page table and engine. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  [other: string]: unknown;
}

/** The entry files of several calls into one bundle, as one: their languages together. */
export function mergeEntries(entries: readonly PagefindEntry[]): PagefindEntry {
  const [first, ...rest] = entries;
  if (!first) throw new Error('no Pagefind entry to merge');
  const merged: PagefindEntry = { ...first, languages: { ...first.languages } };
  for (const entry of rest) {
    if (entry.version !== first.version) throw new Error(`Pagefind entries of versions ${first.version} and ${entry.version} cannot share a bundle`);
    for (const [language, table] of Object.entries(entry.languages)) {
      if (language in merged.languages) throw new Error(`two indexes of the language "${language}" in one bundle`);
      merged.languages[language] = table;
    }
  }
  return merged;
}
