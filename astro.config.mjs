// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentDir, outDir, projectRoot } from './src/config/paths.ts';
import { normaliseBase, normaliseSite } from './src/config/site.ts';
import { reportProcessor } from './src/lib/content/mdx-processor.ts';
import contentGuard from './src/integrations/content-guard.ts';
import i18nGuard from './src/integrations/i18n-guard.ts';
import editions from './src/integrations/editions.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import sitemap from './src/integrations/sitemap.ts';
import socialCards from './src/integrations/social-cards.ts';
import { socialCardFiles } from './src/lib/output/social-card.ts';
import devSearch from './src/integrations/dev-search.ts';
import dataStoreFile from './src/integrations/data-store-file.ts';
import dataChecksums from './src/integrations/data-checksums.ts';
import renderThreads from './src/integrations/render-threads.ts';
import { movedPages } from './src/lib/routing/moved.ts';
import { joinBase } from './src/lib/routing/url.ts';

const base = normaliseBase(process.env.BASE_PATH);
/** Old addresses that send the reader on (src/pages/[...moved].astro): pages, but not for the sitemap. */
const movedPaths = new Set();
/** The social preview cards, drawn by a process of their own while Astro builds. */
const cards = socialCards();

export default defineConfig({
  site: normaliseSite(process.env.SITE_URL),
  base,
  trailingSlash: 'always',
  // The Russian edition: every page also at /ru/, the English page's component injected at the
  // prefixed route (src/integrations/editions.ts), so currentLocale is 'ru' there. English stays
  // at the root. No i18n fallback: its rewrites cost the build time quadratic in a route's size.
  i18n: { locales: ['en', 'ru'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  output: 'static',
  // Astro's log lines, written in batches: two a page otherwise make a synchronous write each
  // (src/integrations/log-destination.ts).
  logger: { entrypoint: new URL('./src/integrations/log-destination.ts', import.meta.url) },
  outDir,
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // Stylesheets as files, never inline: the CSP then needs no per-page hashes, so one
  // policy fits every page, in its <meta> and in the header (src/config/security.ts).
  // concurrency: with several pages in flight the writing of one page's file overlaps the
  // rendering of the next (at 23,000 pages the build otherwise waited on the disk for nearly
  // half of its rendering time: see README, Performance), and the rendering threads
  // (src/integrations/render-threads.ts) have pages in hand while the main thread renders one.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  // Scripts as files too: Vite would inline small ones, which the header policy would block.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Rolldown warns, with a code frame, about the "use astro:head-inject" directive Astro
        // itself puts in every MDX module (withastro/astro#18087): a warning per report in every
        // build, about nothing an editor wrote or can change. Every other log goes through.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
      },
    },
  },
  // MDX inherits this processor: external links in reports get rel="noopener noreferrer".
  // The content check parses reports with the same processor and features (mdx-processor.ts).
  // Shiki colours code with inline styles, which the CSP forbids; reports need no highlighting.
  markdown: { processor: reportProcessor(), syntaxHighlight: false },
  integrations: [
    i18nGuard(),
    contentGuard({
      root: projectRoot,
      contentDir,
      onChecked: (content) => {
        movedPages(content).forEach((m) => {
          movedPaths.add(joinBase(base, m.from));
          movedPaths.add(joinBase(base, `/ru${m.from}`));
        });
        cards.use(socialCardFiles(content.reports));
      },
    }),
    mdx(),
    editions(),
    // Every built page, with the base path, except the 404 page and old addresses; each lists
    // its English and Russian addresses as alternates (xhtml:link hreflang).
    sitemap({ exclude: (pathname) => /\/404\/?$/.test(pathname) || movedPaths.has(pathname) }),
    cards.integration,
    securityHeaders(),
    devSearch(),
    dataStoreFile(),
    dataChecksums(),
    // Pages render on worker threads beside Astro's main thread; RENDER_THREADS=0 keeps them on
    // the main thread, as Astro does by default (src/integrations/render-threads.ts).
    renderThreads(process.env.RENDER_THREADS === undefined ? {} : { threads: Number(process.env.RENDER_THREADS) }),
  ],
});
