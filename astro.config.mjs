// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentDir, projectRoot } from './src/config/paths.ts';
import { normaliseBase, normaliseSite } from './src/config/site.ts';
import { astroCsp } from './src/config/security.ts';
import { reportProcessor } from './src/lib/content/mdx-processor.ts';
import contentGuard from './src/integrations/content-guard.ts';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import devSearch from './src/integrations/dev-search.ts';

export default defineConfig({
  site: normaliseSite(process.env.SITE_URL),
  base: normaliseBase(process.env.BASE_PATH),
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // Stylesheets as files, never inline: the CSP then needs no per-page hashes, so one
  // header policy fits every page (src/config/security.ts).
  // concurrency: rendering is one thread either way, but with several pages in flight the
  // writing of one page's file overlaps the rendering of the next (at 23,000 pages the build
  // otherwise waits on the disk for nearly half of its rendering time: see README, Performance).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // Scripts as files too: Vite would inline small ones, which the header policy would block.
  vite: { build: { assetsInlineLimit: 0 } },
  security: { csp: astroCsp() },
  // MDX inherits this processor: external links in reports get rel="noopener noreferrer".
  // The content check parses reports with the same processor and features (mdx-processor.ts).
  // Shiki colours code with inline styles, which the CSP forbids; reports need no highlighting.
  markdown: { processor: reportProcessor(), syntaxHighlight: false },
  integrations: [
    contentGuard({ root: projectRoot, contentDir }),
    mdx(),
    // Every built page, with the base path, except the 404 page.
    sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }),
    pagefind(),
    securityHeaders(),
    devSearch(),
  ],
});
