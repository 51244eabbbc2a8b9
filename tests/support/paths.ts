import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const OUTPUT = join(ROOT, 'tests/.output');
/** The project's own editorial content. */
export const CONTENT = join(ROOT, 'content');
export const FIXTURE_CONTENT = join(ROOT, 'tests/fixtures/site');
export const BAD_FIXTURES = join(ROOT, 'tests/fixtures/bad');
/** The base path the subpath build is served under. */
export const SUBPATH = '/investigations/';
