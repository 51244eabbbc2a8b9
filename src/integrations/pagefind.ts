/**
 * Builds the Pagefind search index from the finished HTML in astro:build:done, using
 * Pagefind's Node API (no CLI, no download). Any Pagefind error fails the build, and the
 * index process is always closed so the build can exit.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { separateBlockText } from '../lib/search-text.ts';

interface PagefindResponse {
  errors: string[];
}

function assertOk<T extends PagefindResponse>(response: T, step: string): Required<T> {
  if (response.errors.length) {
    throw new Error(`Pagefind failed while ${step}:\n${response.errors.join('\n')}`);
  }
  return response as Required<T>;
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'colony:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          const { index } = assertOk(await pagefind.createIndex({}), 'creating the index');
          // Each page is read and handed over as text, so words in adjacent cells stay apart.
          const root = fileURLToPath(dir);
          let page_count = 0;
          for (const file of (await readdir(root, { recursive: true })).filter((f: string) => f.endsWith('.html')).sort()) {
            const content = separateBlockText(await readFile(join(root, file), 'utf8'));
            const { file: added } = assertOk(await index.addHTMLFile({ sourcePath: file.split(sep).join('/'), content }), `indexing ${file}`);
            if (added.uniqueWords > 0) page_count++;
          }
          if (page_count === 0) throw new Error('Pagefind found no pages to index: is data-pagefind-body missing?');
          assertOk(await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), 'writing the index');
          logger.info(`indexed ${page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
