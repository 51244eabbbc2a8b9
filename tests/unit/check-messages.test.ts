/** The check's messages for the mistakes editors make most, read as an editor would. */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { FIXTURE_CONTENT } from '../support/paths.ts';

const MISTAKES = `- id: typo-field
  statment: A typo in a field name.
  claimant: { name: X, identifcation: institution }
  date: 2022
  sources: [{ id: fixture-original }]
  status: Reported
  basis: One source.
- id: day-first-date
  statement: A date written day first.
  claimant: { name: X, identification: institution, kind: outlet }
  date: 17/06/2024
  sources: [{ id: fixture-orignal }]
  status: probable
`;

describe('check messages for common mistakes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mistakes-'));
  cpSync(FIXTURE_CONTENT, dir, { recursive: true });
  writeFileSync(join(dir, 'claims', 'mistakes.yaml'), MISTAKES);
  const { problems } = checkContent({ root: dir, contentDir: dir });
  const at = (field: string) => {
    const found = problems.find((p) => p.field === field && p.file === 'claims/mistakes.yaml');
    expect(found, `no problem on ${field}; problems: ${JSON.stringify(problems, null, 1)}`).toBeDefined();
    return found!;
  };

  it('a misspelt field suggests the right name, at the top level and inside a mapping', () => {
    expect(at('statment')).toMatchObject({ line: 2, hint: 'did you mean "statement"?' });
    expect(at('claimant.identifcation')).toMatchObject({ line: 3, hint: 'did you mean "identification"?' });
  });
  it('the missing field it causes says it is missing and points at the misspelling', () => {
    expect(at('statement').message).toMatch(/^missing the required field "statement"/);
    expect(at('statement').hint).toBe('"statment" looks like a misspelling of "statement"');
    expect(at('basis')).toMatchObject({ line: 8, message: expect.stringMatching(/^missing the required field "basis"/) });
  });
  it('an unknown status lists the statuses and suggests the closest', () => {
    expect(at('status').message).toContain('confirmed, corroborated, reported');
    expect(at('status').hint).toBe('did you mean "reported"?');
  });
  it('a day-first date shows how to write it', () => {
    expect(at('date')).toMatchObject({ line: 11, hint: 'dates are written year first: 2024-06-17' });
  });
  it('an unknown source id lists the nearest ids once the record is otherwise valid', () => {
    writeFileSync(
      join(dir, 'claims', 'mistakes.yaml'),
      MISTAKES.replace('status: probable', 'status: reported\n  basis: x')
        .replace('17/06/2024', '2024-06-17')
        .split('- id: day-first-date')[1]!
        .replace(/^/, '- id: day-first-date'),
    );
    const again = checkContent({ root: dir, contentDir: dir }).problems;
    expect(again).toEqual([expect.objectContaining({ field: 'sources.0.id', rule: 'reference', hint: expect.stringContaining('fixture-original') })]);
  });
});
