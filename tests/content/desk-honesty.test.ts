/**
 * The desk's own discipline, checked on the project's real content: every quotation we attribute
 * to a seed text or to the leads is really in that text, word for word, and no claim whose
 * sources all descend from one original is called "corroborated". The seeds and leads live
 * beside the repository (../shared), where the newsroom and CI keep them; without them the
 * quotation checks are skipped with a printed reason (tests/support/shared.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { independentGroups } from '../../src/lib/content/source-lineage.ts';
import { ROOT } from '../support/paths.ts';
import { missingShared, sharedPath } from '../support/shared.ts';

const SEEDS = 'seeds';
const LEADS = 'leads/recruitment-estimates.md';

/**
 * Which source record stands for each seed file. An id may have been renamed (the Andrei
 * material was re-dated from 2024 to 2023), so each seed lists its ids old and new; the first
 * test fails if none of them exists, rather than silently checking nothing.
 */
const SOURCE_IDS_OF_SEED: Record<string, string[]> = {
  '000_6ebdaa96d0996eb5.txt': ['rewrite-undated-mother-convict-son'],
  '001_af444e57f79f3358.txt': ['insider-2023-mother-convict-son'],
  '002_9e7bd359c3ad39bb.txt': ['gdc-2022-prison-recruitment-excerpt'],
  '003_fc506a79b108b432.txt': ['republished-2022-prison-recruitment-translation'],
  '004_e1ee660391688eeb.txt': ['news-2023-prisoners-120000'],
};

/** Quotation marks an editor put around a whole quote are the editor's, not the text's. */
const unwrap = (quote: string) => quote.trim().replace(/^["“]([\s\S]*)["”]$/, '$1');

/** A claim source cites the leads when its section says so, as every leads-based record does. */
const citesLeads = (section: string | undefined) => /collected leads/i.test(section ?? '');

/** Typographic quotes and line breaks are not wording: compare with them evened out. */
const normalise = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

const { content } = checkContent({ root: ROOT });
const claims = content.claims.filter((c) => !c.data.draft);
const sourcesById = new Map(content.sources.map((s) => [s.id, s.data]));

const SEED_FILE_OF_SOURCE: Record<string, string> = Object.fromEntries(
  Object.entries(SOURCE_IDS_OF_SEED).flatMap(([file, ids]) => ids.filter((id) => sourcesById.has(id)).map((id) => [id, file])),
);

// Collecting the suite reads nothing from the shared folder: a clone without it skips these
// checks with the reason printed, instead of failing to collect.
const skipped = missingShared('quotations attributed to the seeds and the leads', [SEEDS, LEADS]);

describe.skipIf(skipped !== undefined)('quotations attributed to the seeds and the leads', () => {
  let seedText = new Map<string, string>();
  let leadsText = '';
  let everyShared: string[] = [];
  beforeAll(() => {
    seedText = new Map(Object.entries(SEED_FILE_OF_SOURCE).map(([id, file]) => [id, normalise(readFileSync(join(sharedPath(SEEDS), file), 'utf8'))]));
    leadsText = normalise(readFileSync(sharedPath(LEADS), 'utf8'));
    everyShared = [...seedText.values(), leadsText];
  });

  it('finds a source record for every seed', () => {
    const unmapped = Object.keys(SOURCE_IDS_OF_SEED).filter((file) => !Object.values(SEED_FILE_OF_SOURCE).includes(file));
    expect(unmapped, 'seeds with no source record among their ids: update SOURCE_IDS_OF_SEED').toEqual([]);
  });

  it('finds every quote that cites a seed or the leads, word for word, in that text', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const c of claims) {
      for (const s of c.data.sources) {
        if (!s.quote) continue;
        const text = seedText.get(s.id) ?? (citesLeads(s.section) ? leadsText : undefined);
        if (text === undefined) continue;
        checked++;
        if (!text.includes(normalise(unwrap(s.quote)))) wrong.push(`${c.id} → ${s.id}: "${s.quote}"`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  it('finds every distortion original in a seed or the leads, unless the claim cites the outside text it comes from', () => {
    const wrong: string[] = [];
    for (const c of claims) {
      const original = c.data.original;
      if (!original) continue;
      if (everyShared.some((text) => text.includes(normalise(original)))) continue;
      const citesOutside = c.data.sources.some((s) => !(s.id in SEED_FILE_OF_SOURCE) && !citesLeads(s.section));
      if (!citesOutside) wrong.push(`${c.id}: "${original}"`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('corroboration', () => {
  it('calls no claim "corroborated" whose sources all descend from one original', () => {
    const corroborated = claims.filter((c) => c.data.status === 'corroborated');
    expect(corroborated.length).toBeGreaterThan(0);
    const single = corroborated
      .filter(
        (c) =>
          independentGroups(
            c.data.sources.map((s) => s.id),
            sourcesById,
          ).length < 2,
      )
      .map((c) => c.id);
    expect(single).toEqual([]);
  });
});
