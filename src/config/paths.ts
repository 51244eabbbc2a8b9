/**
 * Where the content lives. CONTENT_DIR lets the tests and the benchmark build another content
 * folder with the same code; editors never need it.
 */
import { resolve } from 'node:path';

export const projectRoot = process.cwd();
export const contentDir = resolve(projectRoot, process.env.CONTENT_DIR ?? 'content');
