// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentDir, projectRoot } from './src/config/paths.ts';
import { normaliseBase, normaliseSite } from './src/config/site.ts';
import contentGuard from './src/integrations/content-guard.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: normaliseSite(process.env.SITE_URL),
  base: normaliseBase(process.env.BASE_PATH),
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // One cached stylesheet instead of a copy inlined in each of thousands of pages: smaller pages,
  // less HTML for Pagefind to parse, and a site a fraction of the size.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [contentGuard({ root: projectRoot, contentDir }), mdx(), pagefind()],
});
