/**
 * The sitemap lists every page in both languages. @astrojs/sitemap finds the Russian copies of
 * static pages itself, but not of pages built from getStaticPaths (Astro gives it only the
 * English ones), so this integration, placed before it, adds the Russian address of every built
 * page to the array passed as its customPages (read when its own astro:build:done runs).
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { LOCALES, DEFAULT_LOCALE } from '../lib/text/locales.ts';

export default function sitemapEditions(customPages: string[]): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'colony:sitemap-editions',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, pages }) => {
        if (!site) return;
        for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
          for (const { pathname } of pages) {
            const path = pathname.replace(/^\/+/, '');
            if (path === `${locale}/` || path.startsWith(`${locale}/`)) continue;
            const page = `${locale}/${path}`;
            if (existsSync(new URL(`${page}index.html`, dir))) customPages.push(new URL(`${base}${page}`, site).href);
          }
        }
      },
    },
  };
}
