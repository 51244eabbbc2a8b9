/**
 * npm run build [-- astro build's options]: the site, then its search index. `astro build`
 * checks the content and builds dist/ (pages, sitemap, open data, headers); once its process has
 * exited, Pagefind indexes the pages, every language at once, each in its own indexer
 * (scripts/support/search-index.ts). The tests, the bench and the Lighthouse run build through
 * this file too, so they build what a deploy gets.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { outDir, projectRoot } from '../src/config/paths.ts';
import { indexSite } from './support/search-index.ts';

const astro = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
if (astro.status !== 0) process.exit(astro.status ?? 1);

const time = new Date().toTimeString().slice(0, 8);
try {
  console.log(`${time} [search] ${await indexSite(outDir)}`);
} catch (error) {
  console.error(`${time} [search] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
