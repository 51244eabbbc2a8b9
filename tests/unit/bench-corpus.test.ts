/** The benchmark's synthetic corpus must be content the project accepts, or it measures nothing. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS_EXTENSIONS, generateCorpus, sizeForClaims, SIZES, writeProjectContent } from '../../scripts/bench/corpus.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { ROOT } from '../support/paths.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('benchmark corpus', () => {
  it('passes the content checker at a tiny size, with every record counted', () => {
    const corpus = generateCorpus(SIZES.tiny);
    writeProjectContent(corpus, dir);
    const { problems, counts } = checkContent({ root: ROOT, contentDir: dir });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(counts).toMatchObject({ reports: 4, claims: 40, sources: 12, entities: 2 });
    // Entities in proportion, with claims about them and claimants linked to them.
    expect(corpus.claims.some((c) => c.about?.length) && corpus.claims.some((c) => c.claimant.entity)).toBe(true);
  });

  it('covers the statuses with rules (corroborated, confirmed, superseded) and places claims in text', () => {
    const corpus = generateCorpus(SIZES.small);
    const statuses = new Set(corpus.claims.map((c) => c.status));
    for (const s of ['corroborated', 'confirmed', 'superseded', 'disputed']) expect(statuses).toContain(s);
    expect(corpus.reports.every((r) => r.body.includes('<Claim id='))).toBe(true);
  });

  it('is deterministic for a seed', () => {
    expect(generateCorpus(SIZES.tiny, 7)).toEqual(generateCorpus(SIZES.tiny, 7));
  });

  it("scales reports and sources with the claims, in the default size's proportions", () => {
    expect(sizeForClaims(20_000)).toEqual({ reports: 1000, claims: 20_000, sources: 2000 });
    expect(sizeForClaims(100_000)).toEqual({ reports: 5000, claims: 100_000, sources: 10_000 });
  });

  it('generates and writes a further record kind registered in CORPUS_EXTENSIONS, in proportion to the claims', () => {
    const out = mkdtempSync(join(tmpdir(), 'bench-extension-'));
    CORPUS_EXTENSIONS.push({
      folder: 'things',
      perClaim: 0.25,
      generate: (corpus, count) => Array.from({ length: count }, (_, i) => ({ id: `thing-${i}`, claim: corpus.claims[i]!.id })),
      write: (records, dir) => writeFileSync(join(dir, 'things.json'), JSON.stringify(records)),
    });
    try {
      const corpus = generateCorpus(SIZES.tiny);
      expect(corpus.extra.things).toHaveLength(10);
      writeProjectContent(corpus, out);
      expect(existsSync(join(out, 'things/things.json'))).toBe(true);
      expect(JSON.parse(readFileSync(join(out, 'things/things.json'), 'utf8'))[0]).toEqual({ id: 'thing-0', claim: 'bench-claim-00000' });
    } finally {
      CORPUS_EXTENSIONS.pop();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
