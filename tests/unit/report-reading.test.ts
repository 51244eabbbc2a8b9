import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishedReportPatterns, readReport } from '../../src/lib/content/read-files.ts';
import type { Problem } from '../../src/lib/content/problem.ts';

const root = mkdtempSync(join(tmpdir(), 'colony-reports-'));
const contentDir = join(root, 'content');
mkdirSync(join(contentDir, 'reports'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('reports read once for the check and the collections', () => {
  it('gives every reader the problems of a report, not only the first', () => {
    const path = join(contentDir, 'reports', 'rolled-date.mdx');
    writeFileSync(path, '---\ntitle: A report\npublished: 2024-02-30\n---\n\nText.\n');
    const first: Problem[] = [];
    const second: Problem[] = [];
    const a = readReport(root, path, first);
    const b = readReport(root, path, second);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ file: 'content/reports/rolled-date.mdx', line: 3, field: 'published', rule: 'schema' });
    expect(second).toEqual(first);
    expect(b).toEqual(a);
  });

  it('reads a report again when it changes on disk', () => {
    const path = join(contentDir, 'reports', 'turning-public.mdx');
    writeFileSync(path, '---\ntitle: Not yet\ndraft: true\n---\n\nText.\n');
    expect(publishedReportPatterns(root, contentDir)).toContain('!turning-public.mdx');
    writeFileSync(path, '---\ntitle: Published now\n---\n\nText.\n');
    expect(publishedReportPatterns(root, contentDir)).not.toContain('!turning-public.mdx');
    expect(readReport(root, path, [])?.data).toEqual({ title: 'Published now' });
  });
});
