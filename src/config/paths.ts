/**
 * Where the content lives and where the site is built. CONTENT_DIR and OUT_DIR let the tests and
 * the benchmark build another content folder, elsewhere, with the same code; editors never need them.
 */
import { resolve } from 'node:path';

export const projectRoot = process.cwd();
export const contentDir = resolve(projectRoot, process.env.CONTENT_DIR ?? 'content');
export const outDir = resolve(projectRoot, process.env.OUT_DIR ?? 'dist');
