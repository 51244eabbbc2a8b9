/**
 * node scripts/support/index-language.ts <site> <glob> <bundle>
 *
 * Indexes one language's pages of a built site with Pagefind's Node API (no CLI, no download)
 * and writes that language's bundle. A process of its own, because the Node API runs one indexer
 * per process: scripts/search-index.ts starts one of these per language so that the languages
 * are indexed side by side. Prints the number of pages indexed as JSON; any Pagefind error
 * exits non-zero with Pagefind's message.
 */
import * as pagefind from 'pagefind';

interface PagefindResponse {
  errors: string[];
}

function assertOk<T extends PagefindResponse>(response: T, step: string): Required<T> {
  if (response.errors.length) throw new Error(`Pagefind failed while ${step}:\n${response.errors.join('\n')}`);
  return response as Required<T>;
}

const [site, glob, bundle] = process.argv.slice(2);
if (!site || !glob || !bundle) throw new Error('usage: index-language.ts <site> <glob> <bundle>');

try {
  const { index } = assertOk(await pagefind.createIndex({}), 'creating the index');
  // addDirectory lets Pagefind read the files itself: handing pages over one by one through the
  // Node API costs more than the indexing (16 s at 23,000 pages).
  const { page_count } = assertOk(await index.addDirectory({ path: site, glob }), `indexing ${glob}`);
  if (page_count > 0) assertOk(await index.writeFiles({ outputPath: bundle }), 'writing the index');
  process.stdout.write(JSON.stringify({ pages: page_count }));
} finally {
  await pagefind.close();
}
