/**
 * Every kind of malformed or hostile content stops both `npm run check` and the build, with a
 * message naming the file and the field.
 */
import { describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { checkContent } from '../../src/lib/content/check.ts';
import { badCases, prepareBadCase } from '../support/bad-fixtures.ts';
import { buildSite, checkCli } from '../support/astro.ts';
import { OUTPUT, ROOT } from '../support/paths.ts';

const cases = badCases();
for (const c of cases) prepareBadCase(c);

describe.each(cases)('bad content: $name', (c) => {
  const file = relative(ROOT, join(c.contentDir, c.file));

  it('is reported by the checker with file, field and what was found', () => {
    const { problems } = checkContent({ root: ROOT, contentDir: c.contentDir });
    const match = problems.find((p) => p.file === file && p.field === c.field);
    expect(match, `problems were:\n${problems.map((p) => `${p.file} ${p.field} ${p.message}`).join('\n')}`).toBeDefined();
    expect(match!.message).toContain(c.says);
    if (c.hint) expect(match!.hint).toContain(c.hint);
    // The valid fixture around it raises nothing else.
    expect(problems.filter((p) => p.file !== file)).toEqual([]);
  });

  it('fails `npm run check` with exit 1, naming file and field', async () => {
    const result = await checkCli(c.contentDir);
    expect(result.code).toBe(1);
    // A plain sentence for the editor, never a crash.
    expect(result.stderr).not.toMatch(/^\s+at .+[(:]\d+/m);
    expect(result.stderr).toContain(file);
    if (c.field) expect(result.stderr).toContain(`  ${c.field}  `);
  });

  it('fails the build, naming file and field', async () => {
    const result = await buildSite({ contentDir: c.contentDir, outDir: join(OUTPUT, 'bad-dist', c.name) });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(file);
    if (c.field) expect(result.output).toContain(`  ${c.field}  `);
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

    // The editor's view: one `file:line  field  message` per problem and a summary that counts them.
    const text = await checkCli(dir);
    expect(text.code).toBe(1);
    for (const p of report.problems) expect(text.stderr).toContain(p.line ? `${p.file}:${p.line}  ` : `${p.file}  `);
    expect(text.stderr).toContain(`✗ ${report.problems.length} problems in ${files.size} files`);
    expect(text.stderr).not.toMatch(/\u001b\[/);
  });
});
