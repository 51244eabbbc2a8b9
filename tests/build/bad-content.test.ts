/**
 * Every kind of malformed or hostile content stops both `npm run check` and the build, with a
 * message naming the file, the field and the rule it breaks.
 */
import { describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { RULE_CATALOGUE } from '../../src/lib/content/catalogue.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { badBatches, badCases, namesProblem, prepareBadBatch, prepareBadCase, type BadBatch } from '../support/bad-fixtures.ts';
import { buildSite, checkCli, type RunResult } from '../../scripts/support/astro-run.ts';
import { OUTPUT, ROOT } from '../support/paths.ts';

const cases = badCases();
for (const c of cases) prepareBadCase(c);
const batches = badBatches(cases);
for (const b of batches) prepareBadBatch(b);

/** One build per batch, started by the first of its cases that needs it. */
const builds = new Map<BadBatch, Promise<RunResult>>();
const buildOf = (b: BadBatch) => {
  if (!builds.has(b)) builds.set(b, buildSite({ contentDir: b.contentDir, outDir: join(OUTPUT, 'bad-dist', b.name) }));
  return builds.get(b)!;
};

describe.each(cases)('bad content: $name', (c) => {
  const file = relative(ROOT, join(c.contentDir, c.file));

  it('is reported by the checker with file, field, rule and what was found', () => {
    const { problems } = checkContent({ root: ROOT, contentDir: c.contentDir });
    const match = problems.find((p) => p.file === file && p.field === c.field && p.rule === c.rule);
    expect(match, `problems were:\n${problems.map((p) => `${p.file} ${p.field} ${p.message} [${p.rule}]`).join('\n')}`).toBeDefined();
    expect(match!.message).toContain(c.says);
    if (c.hint) expect(match!.hint).toContain(c.hint);
    // The valid fixture around it raises nothing else.
    expect(problems.filter((p) => p.file !== file)).toEqual([]);
  });

  it('fails `npm run check` with exit 1, naming file, field and rule', async () => {
    const result = await checkCli(c.contentDir);
    expect(result.code).toBe(1);
    // A plain sentence for the editor, never a crash.
    expect(result.stderr).not.toMatch(/^\s+at .+[(:]\d+/m);
    expect(namesProblem(result.stderr, file, c.field, c.rule), result.stderr).toBe(true);
  });

  it('fails the build, naming file, field and rule', async () => {
    const batch = batches.find((b) => b.cases.includes(c))!;
    const result = await buildOf(batch);
    expect(result.code).not.toBe(0);
    expect(namesProblem(result.output, relative(ROOT, join(batch.contentDir, c.file)), c.field, c.rule), result.output).toBe(true);
  });
});

describe('several broken files at once', () => {
  it('are all reported in one run', async () => {
    const dir = join(OUTPUT, 'bad', 'all-together');
    const { cpSync, rmSync } = await import('node:fs');
    rmSync(dir, { recursive: true, force: true });
    cpSync(cases[0]!.contentDir, dir, { recursive: true });
    for (const c of cases) {
      cpSync(c.contentDir, dir, { recursive: true, force: false, errorOnExist: false });
    }
    const result = await checkCli(dir, ['--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { ok: boolean; problems: Array<{ file: string; line?: number; rule: string }> };
    expect(report.ok).toBe(false);
    const files = new Set(report.problems.map((p) => p.file));
    // Cases that share a file name (claims/bad.yaml) collapse to one file; the rest stay distinct.
    const expected = new Set(cases.map((c) => relative(ROOT, join(dir, c.file))));
    for (const f of expected) expect(files).toContain(f);
    // Every problem inside a file has its line; only whole-file problems (a stray file, a
    // symbolic link, a report file name that is not a slug) have none.
    const WHOLE_FILE = new Set(['unexpected-file', 'symlink', 'file-name']);
    expect(report.problems.filter((p) => !p.line && !WHOLE_FILE.has(p.rule))).toEqual([]);
    // Every problem names a rule the catalogue (and so /methodology/ and CONTRIBUTING) explains.
    const catalogued = new Set(RULE_CATALOGUE.map((r) => r.id));
    expect(report.problems.filter((p) => !catalogued.has(p.rule))).toEqual([]);

    // The editor's view: one `file:line  field  message` per problem and a summary that counts them.
    const text = await checkCli(dir);
    expect(text.code).toBe(1);
    for (const p of report.problems) expect(text.stderr).toContain(p.line ? `${p.file}:${p.line}  ` : `${p.file}  `);
    expect(text.stderr).toContain(`✗ ${report.problems.length} problems in ${files.size} files`);
    expect(text.stderr).not.toMatch(/\u001b\[/);
  });
});
