/**
 * After the build: sizes and SHA-256 sums of every file in dist/data/, from the bytes written,
 * filled into the /data/ page's table (in every edition: /data/, /ru/data/) and written to
 * data/SHA256SUMS. Any file there is listed, whichever endpoint wrote it.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileSum, sumRows, sumsFile, SUMS_PLACEHOLDER } from '../lib/output/checksums.ts';
import { DEFAULT_LOCALE, LOCALES } from '../lib/text/locales.ts';

export default function dataChecksumsIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'colony:data-checksums',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dataDir = new URL('./data/', dir);
        const names = (await readdir(dataDir, { withFileTypes: true }).catch(() => []))
          .filter((e) => e.isFile() && e.name !== 'index.html' && e.name !== 'SHA256SUMS')
          .map((e) => e.name);
        if (names.length === 0) return;
        const sums = await Promise.all(names.map(async (name) => fileSum(name, await readFile(new URL(name, dataDir)))));
        // The files are the same for every edition; each edition's page lists them.
        const pages = LOCALES.map((l) => ({ locale: l, pageUrl: new URL(l === DEFAULT_LOCALE ? './data/index.html' : `./${l}/data/index.html`, dir) }));
        for (const { locale, pageUrl } of pages) {
          const html = await readFile(pageUrl, 'utf8').catch(() => null);
          if (html === null) continue;
          if (!html.includes(SUMS_PLACEHOLDER)) throw new Error(`data-checksums: ${pageUrl.pathname} has no placeholder row for the file sums`);
          await writeFile(pageUrl, html.replace(SUMS_PLACEHOLDER, sumRows(sums, `${base.replace(/\/?$/, '/')}data/`, locale)));
        }
        await writeFile(new URL('./SHA256SUMS', dataDir), sumsFile(sums));
        logger.info(`summed ${sums.length} open-data files`);
      },
    },
  };
}
