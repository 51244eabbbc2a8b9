/** Each folder in tests/fixtures/bad is a set of files laid over the valid fixture site. */
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BAD_FIXTURES, FIXTURE_CONTENT, OUTPUT } from './paths.ts';

export interface BadCase {
  name: string;
  /** The content folder with the bad file laid over the fixture. */
  contentDir: string;
  /** The offending file, relative to the content folder. */
  file: string;
  field: string;
  /** Text the message must contain (what was found). */
  says: string;
  hint?: string;
}

export function badCases(): BadCase[] {
  return readdirSync(BAD_FIXTURES)
    .sort()
    .map((name) => {
      const expect = JSON.parse(readFileSync(join(BAD_FIXTURES, name, 'expect.json'), 'utf8')) as Omit<BadCase, 'name' | 'contentDir'>;
      return { name, contentDir: join(OUTPUT, 'bad', name), ...expect };
    });
}

export function prepareBadCase(c: BadCase): void {
  rmSync(c.contentDir, { recursive: true, force: true });
  cpSync(FIXTURE_CONTENT, c.contentDir, { recursive: true });
  // verbatimSymlinks: the symlink fixtures are links as written, dangling or pointing outside.
  cpSync(join(BAD_FIXTURES, c.name), c.contentDir, { recursive: true, verbatimSymlinks: true, filter: (src) => !src.endsWith('expect.json') });
}
