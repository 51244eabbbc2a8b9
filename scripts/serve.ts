/**
 * npm start (after the build) and npm run preview: dist/ served as a static host serves it
 * (scripts/support/static-server.ts), at BASE_PATH, with the deployment's security headers, on
 * http://localhost:4321/ (PORT to change it). Not `astro preview`, which answers 404 for a file
 * without an extension, such as data/SHA256SUMS, that every static host serves.
 */
import { existsSync } from 'node:fs';
import { outDir } from '../src/config/paths.ts';
import { securityHeaders } from '../src/config/security.ts';
import { normaliseBase } from '../src/config/site.ts';
import { serveStatic } from './support/static-server.ts';

if (!existsSync(outDir)) {
  console.error(`No built site in ${outDir}: run npm run build first.`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const served = await serveStatic(outDir, normaliseBase(process.env.BASE_PATH), securityHeaders(), port);
console.log(`Serving ${outDir} at ${served.url} (Ctrl+C to stop)`);
