/**
 * Writes `_headers` into the build (Netlify and Cloudflare Pages read it), from the same
 * policy every page carries in its <meta> CSP, with the configured base path.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { renderHeadersFile } from '../lib/deploy/headers.ts';

export default function securityHeadersIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'colony:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('./_headers', dir), renderHeadersFile(base));
        logger.info(`wrote _headers for base "${base}"`);
      },
    },
  };
}
