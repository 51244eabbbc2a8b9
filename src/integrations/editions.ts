/**
 * Builds every page again under each other language's prefix (/ru/): the routes come from
 * src/lib/routing/editions.ts, one per page file in src/pages/.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editionRoutes } from '../lib/routing/editions.ts';

export default function editions(): AstroIntegration {
  return {
    name: 'colony:editions',
    hooks: {
      'astro:config:setup': ({ config, injectRoute }) => {
        const pages = fileURLToPath(new URL('pages/', config.srcDir));
        for (const route of editionRoutes(readdirSync(pages, { recursive: true, encoding: 'utf8' }))) {
          injectRoute({ pattern: route.pattern, entrypoint: join(pages, route.entrypoint), prerender: true });
        }
      },
    },
  };
}
