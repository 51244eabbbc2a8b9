/**
 * The move to the verification model of issue 15 (findings, claimant kinds, misleading) lost no
 * record: every claim id of 27 November 2026 (tests/fixtures/migration, written from that day's
 * content before the move) is still a claim or has become a finding, and the real content obeys
 * the model's rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { CLAIMANT_KINDS } from '../../src/schema/index.ts';
import { CONTENT, ROOT } from '../support/paths.ts';
import { STATUSES } from '../../src/lib/text/labels.ts';

const before = readFileSync(join(ROOT, 'tests/fixtures/migration/claim-ids-2026-11-27.txt'), 'utf8').split('\n').filter(Boolean);
const { content, problems } = checkContent({ root: ROOT, contentDir: CONTENT });

describe('migration to the issue-15 model', () => {
  it('checks clean', () => {
    expect(problems).toEqual([]);
  });

  it('keeps every claim id of 27 November 2026 as a claim or a finding', () => {
    const after = new Set([...content.claims.map((c) => c.id), ...content.findings.map((f) => f.id)]);
    expect(before.length).toBe(183);
    expect(before.filter((id) => !after.has(id))).toEqual([]);
  });

  it('publishes no claim by this project: its provenance observations are findings', () => {
    expect(content.claims.filter((c) => c.data.claimant.kind === 'this-project').map((c) => c.id)).toEqual([]);
    const findingIds = new Set(content.findings.map((f) => f.id));
    for (const id of before.filter((i) => i.startsWith('provenance-'))) expect(findingIds).toContain(id);
    // Naming artefacts in copies are findings, not false claims.
    for (const id of ['distortion-prigogine-spelling', 'distortion-2023-eugeniusz-prigozhin', 'distortion-2023-ministry-of-national-defense'])
      expect(findingIds).toContain(id);
  });

  it('rates no interested party "reported" and no disinterested one "claimed"', () => {
    for (const c of content.claims) {
      const kind = CLAIMANT_KINDS[c.data.claimant.kind];
      if (kind.interested) expect(c.data.status, c.id).not.toBe('reported');
      else expect(c.data.status, c.id).not.toBe('claimed');
    }
  });

  it('gives "misleading" ClaimReview rating 2, between false and disputed', () => {
    expect(STATUSES.misleading.verdict).toBe(true);
    expect(STATUSES.misleading.rating).toBe(2);
    expect(content.claims.filter((c) => c.data.status === 'misleading').length).toBeGreaterThanOrEqual(7);
  });
});
