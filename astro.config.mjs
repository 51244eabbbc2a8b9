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
  build: { format: 'directory' },
  // Every script and stylesheet is emitted as a file, never inlined: the Content-Security-Policy
  // allows no inline code ('unsafe-inline').
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [contentGuard({ root: projectRoot, contentDir }), mdx(), pagefind()],
});
