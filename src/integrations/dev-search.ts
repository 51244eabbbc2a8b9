/**
 * `npm run dev` serves the last build's search index under the base path (see
 * src/lib/search/dev-index.ts), so the search page works in development once the site has been
 * built, and says clearly that it needs a build otherwise.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingIndexModule, pagefindContentType, pagefindFile, SEARCH_NEEDS_BUILD } from '../lib/search/dev-index.ts';

export default function devSearch(): AstroIntegration {
  let indexDir = '';
  let base = '/';
  return {
    name: 'colony:dev-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        indexDir = join(fileURLToPath(config.outDir), 'pagefind');
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        const entry = join(indexDir, 'pagefind-entry.json');
        const shown = relative(process.cwd(), indexDir) || indexDir;
        if (existsSync(entry)) logger.info(`search uses the index built ${statSync(entry).mtime.toLocaleString()} in ${shown}; rebuild to include new content`);
        else logger.warn(SEARCH_NEEDS_BUILD);
        server.middlewares.use((req, res, next) => {
          // Vite strips the base from req.url before later middlewares; originalUrl keeps it.
          const file = pagefindFile((req as { originalUrl?: string }).originalUrl ?? req.url ?? '', base);
          if (file === null) return next();
          const path = join(indexDir, file);
          if (existsSync(path) && statSync(path).isFile()) {
            res.setHeader('Content-Type', pagefindContentType(file));
            res.setHeader('Cache-Control', 'no-store');
            createReadStream(path).pipe(res);
          } else if (file === 'pagefind.js') {
            res.setHeader('Content-Type', pagefindContentType(file));
            res.setHeader('Cache-Control', 'no-store');
            res.end(missingIndexModule());
          } else {
            res.statusCode = 404;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(SEARCH_NEEDS_BUILD);
          }
        });
      },
    },
  };
}
