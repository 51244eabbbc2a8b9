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
  /** The id of the rule it breaks, as the problem names it (src/lib/content/catalogue.ts lists them). */
  rule: string;
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

/** The files a case lays over the site, relative to the content folder. */
function filesOf(name: string): string[] {
  return readdirSync(join(BAD_FIXTURES, name), { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory() && e.name !== 'expect.json')
    .map((e) => join(e.parentPath, e.name).slice(join(BAD_FIXTURES, name).length + 1));
}

export interface BadBatch {
  name: string;
  contentDir: string;
  cases: BadCase[];
}

/**
 * Cases laid over one fixture site together, no two writing the same file. The build reports
 * every problem at once (src/integrations/content-guard.ts), so one build serves a whole batch:
 * a few dozen builds instead of one per case. Each case's own folder is still checked alone.
 */
export function badBatches(cases: BadCase[]): BadBatch[] {
  const batches: Array<BadBatch & { files: Set<string> }> = [];
  for (const c of cases) {
    const files = filesOf(c.name);
    let batch = batches.find((b) => files.every((f) => !b.files.has(f)));
    if (!batch) {
      const name = `batch-${batches.length + 1}`;
      batch = { name, contentDir: join(OUTPUT, 'bad-batch', name), cases: [], files: new Set() };
      batches.push(batch);
    }
    batch.cases.push(c);
    for (const f of files) batch.files.add(f);
  }
  return batches.map(({ name, contentDir, cases }) => ({ name, contentDir, cases }));
}

export function prepareBadBatch(b: BadBatch): void {
  rmSync(b.contentDir, { recursive: true, force: true });
  cpSync(FIXTURE_CONTENT, b.contentDir, { recursive: true });
  for (const c of b.cases)
    cpSync(join(BAD_FIXTURES, c.name), b.contentDir, { recursive: true, verbatimSymlinks: true, filter: (src) => !src.endsWith('expect.json') });
}

/** True when `output` has the line of a problem in `file` at `field` naming `rule`, as the check prints it. */
export function namesProblem(output: string, file: string, field: string, rule: string): boolean {
  return output
    .split('\n')
    .some((line) => (line.startsWith(`${file}:`) || line.startsWith(`${file}  `)) && line.includes(`  ${field || '(file)'}  `) && line.endsWith(`  [${rule}]`));
}
