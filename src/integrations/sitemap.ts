/**
 * Writes the sitemap after the build (src/lib/output/sitemap.ts): every built page under the
 * base path, except those `exclude` names, each with its address in every edition.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { editionAlternates } from '../lib/routing/editions.ts';
import { joinBase } from '../lib/routing/url.ts';
import { SITEMAP_INDEX, sitemapFiles } from '../lib/output/sitemap.ts';

/** `exclude` gets a page's path with the base ("/sub/ru/404/"). */
export default function sitemap(options: { exclude: (pathname: string) => boolean }): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'colony:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) return logger.warn(`no sitemap: the site's address (SITE_URL) is not set`);
        const root = new URL(joinBase(base, '/'), site);
        const urls = new Set(
          pages
            .map((p) => joinBase(base, p.pathname))
            .filter((path) => !options.exclude(path))
            .map((path) => new URL(path, root).href),
        );
        const entries = [...urls].map((url) => ({ url, links: editionAlternates(url, base, (u) => urls.has(u)) }));
        const files = sitemapFiles(entries, root.href);
        await Promise.all([...files].map(([name, xml]) => writeFile(new URL(name, dir), xml)));
        logger.info(`${SITEMAP_INDEX} lists ${entries.length} pages in ${files.size - 1} file(s)`);
      },
    },
  };
}
