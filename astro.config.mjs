// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentDir, projectRoot } from './src/config/paths.ts';
import { normaliseBase, normaliseSite } from './src/config/site.ts';
import contentGuard from './src/integrations/content-guard.ts';
import pagefind from './src/integrations/pagefind.ts';
import devSearch from './src/integrations/dev-search.ts';

export default defineConfig({
  site: normaliseSite(process.env.SITE_URL),
  base: normaliseBase(process.env.BASE_PATH),
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [contentGuard({ root: projectRoot, contentDir }), mdx(), pagefind(), devSearch()],
});
