/**
 * The pages read the content data store from the file Astro wrote, not from a copy of it inside
 * the bundled code.
 *
 * Astro puts the whole store into the prerender bundle as one string literal
 * (`export default JSON.parse("…")`: 26 MB at the benchmark's default size). Node then spends
 * about 6.5 s of CPU compiling that module on the first getCollection(), where parsing the same
 * JSON from its file takes 0.3 s (README, Performance). A static build renders its pages in this
 * process, straight after bundling, from the cache folder the store was just written to; so the
 * module reads that file at run time: the same text, parsed by the same JSON.parse.
 *
 * Only in a build, only for the server side, and only when Astro's module has the shape expected
 * (a later Astro emitting something else is left alone: the build is then slower, not wrong).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Astro's virtual module for the store, and the file it inlines (astro/dist/content/consts.js). */
const STORE_MODULE = '\0astro:data-layer-content';
const STORE_FILE = 'data-store.json';
const INLINED = /^export default JSON\.parse\("/;

/**
 * The store module rewritten to read `file` when it runs, or undefined when `code` is not the
 * inlined store (an empty store, Astro's chunked storage, or a shape of a later Astro).
 */
export function storeReadFromFile(code: string, file: string): string | undefined {
  if (!INLINED.test(code)) return undefined;
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

export default function dataStoreFile(): AstroIntegration {
  return {
    name: 'colony:data-store-file',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'colony:data-store-file',
                apply: 'build',
                transform(code, id) {
                  if (id !== STORE_MODULE || this.environment.config.consumer !== 'server') return undefined;
                  const rewritten = storeReadFromFile(code, file);
                  return rewritten === undefined ? undefined : { code: rewritten, map: { mappings: '' } };
                },
              },
            ],
          },
        });
      },
    },
  };
}
