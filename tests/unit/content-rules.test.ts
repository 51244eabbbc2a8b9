/**
 * The rule catalogue (src/lib/content/catalogue.ts) and the rules themselves: every rule has a
 * bad fixture that breaks it and names it, and the verification model's rules hold on small
 * hand-made records.
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_CATALOGUE } from '../../src/lib/content/catalogue.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { ruleContext } from '../../src/lib/content/rules/cross-record/context.ts';
import { corroboratesNeedsIndependence } from '../../src/lib/content/rules/cross-record/corroborates-needs-independence.ts';
import { formerId } from '../../src/lib/content/rules/cross-record/former-id.ts';
import { lineage } from '../../src/lib/content/rules/cross-record/lineage.ts';
import { relation } from '../../src/lib/content/rules/cross-record/relation.ts';
import { seriesNotSuperseded } from '../../src/lib/content/rules/cross-record/series-not-superseded.ts';
import { unconsultedCap } from '../../src/lib/content/rules/cross-record/unconsulted-cap.ts';
import type { ContentRule } from '../../src/lib/content/rules/cross-record/cross-record-rules.ts';
import type { ValidContent } from '../../src/lib/content/validate.ts';
import { claimSchema, sourceSchema, type Claim, type Source } from '../../src/schema/index.ts';
import { badCases, prepareBadCase } from '../support/bad-fixtures.ts';
import { OUTPUT, ROOT } from '../support/paths.ts';

const cases = badCases();

describe('the rule catalogue', () => {
  it('names each rule once', () => {
    const ids = RULE_CATALOGUE.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('gives every rule a bad fixture whose expect.json names it, except where no content folder can break it', () => {
    const named = new Map(cases.map((c) => [c.name, c.rule]));
    for (const r of RULE_CATALOGUE) if (r.fixture) expect(named.get(r.fixture), `${r.id}: fixture ${r.fixture}`).toBe(r.id);
    // A content folder that is missing, or a file the check cannot open, cannot be committed as a fixture.
    expect(RULE_CATALOGUE.filter((r) => !r.fixture).map((r) => r.id)).toEqual(['missing-content', 'unreadable']);
  });

  it('reports a content folder that is not there as missing-content', () => {
    const { problems } = checkContent({ root: ROOT, contentDir: join(OUTPUT, 'unit-bad', 'no-such-folder') });
    expect(problems.map((p) => p.rule)).toEqual(['missing-content']);
  });

  it('lists every rule a bad fixture names', () => {
    const ids = new Set(RULE_CATALOGUE.map((r) => r.id));
    expect(cases.filter((c) => !ids.has(c.rule)).map((c) => `${c.name}: ${c.rule}`)).toEqual([]);
  });

  // The build test (tests/build/bad-content.test.ts) runs every fixture through the CLI and the
  // build; here each is checked in-process, so breaking a rule fails fast.
  it.each(cases)('$name raises $rule, and only catalogued rules', (c) => {
    const contentDir = join(OUTPUT, 'unit-bad', c.name);
    prepareBadCase({ ...c, contentDir });
    const file = relative(ROOT, join(contentDir, c.file));
    const { problems } = checkContent({ root: ROOT, contentDir });
    expect(problems.map((p) => `${p.file} ${p.field} ${p.rule}`)).toContain(`${file} ${c.field} ${c.rule}`);
    const ids = new Set(RULE_CATALOGUE.map((r) => r.id));
    expect(problems.filter((p) => !ids.has(p.rule))).toEqual([]);
  });
});

/* ------------------------------------------------ the model's rules, by hand */

const source = (id: string, outlet: string, over: Record<string, unknown> = {}) => ({
  id,
  file: 'sources/x.yaml',
  lineOf: () => 1,
  data: sourceSchema.parse({ id, outlet, title: 'T', published: '2023', language: 'en', kind: 'original-reporting', ...over }) as Source,
});
const SOURCES = [
  source('gazette', 'Gazette'),
  source('gazette-copy', 'Mirror', { kind: 'republication', derivedFrom: 'gazette' }),
  source('herald', 'Herald'),
  source('unread-a', 'Distant Daily', { consulted: false }),
  source('unread-b', 'Far Weekly', { consulted: false }),
];

const CLAIM = {
  statement: 'S.',
  claimant: { name: 'Gazette', identification: 'institution', kind: 'outlet' },
  date: '2023',
  sources: [{ id: 'gazette' }],
  status: 'reported',
  basis: 'B.',
};

const located = (id: string, over: Record<string, unknown>) => ({
  id,
  file: 'claims/x.yaml',
  lineOf: () => 1,
  data: claimSchema.parse({ id, ...CLAIM, ...over }) as Claim,
});

function broken(rule: ContentRule, claims: Array<ReturnType<typeof located>>, sources = SOURCES): string[] {
  const content: ValidContent = { reports: [], sources, claims, findings: [], events: [], entities: [] };
  return rule.check(ruleContext(content)).map((p) => `${p.rule} ${p.field}`);
}

/** The schema rules a claim breaks, as `rule field`. */
function schemaBroken(over: Record<string, unknown>): string[] {
  const result = claimSchema.safeParse({ id: 'a', ...CLAIM, ...over });
  return result.success ? [] : result.error.issues.map((i) => `${(i as { params?: { rule?: string } }).params?.rule ?? 'schema'} ${i.path.join('.')}`);
}

describe('rules of one claim (the schema)', () => {
  it('refuses "reported" for a government and "claimed" for a witness, and any claim by this project', () => {
    expect(schemaBroken({ claimant: { name: 'Ministry', identification: 'institution', kind: 'foreign-government' } })).toEqual([
      'claimant-kind-status status',
    ]);
    expect(schemaBroken({ claimant: { name: 'Ministry', identification: 'institution', kind: 'party-to-war' }, status: 'claimed' })).toEqual([]);
    expect(schemaBroken({ claimant: { name: 'Ivan', identification: 'named', kind: 'witness' }, status: 'claimed' })).toEqual(['claimant-kind-status status']);
    expect(schemaBroken({ claimant: { name: 'us', identification: 'institution', kind: 'this-project' } })).toEqual(['claimant-kind-status status']);
  });

  it('asks a distortion for its kind of change, and only a distortion', () => {
    expect(schemaBroken({ original: 'up to 10,000', status: 'misleading' })).toEqual(['distortion-needs-change change']);
    expect(schemaBroken({ change: 'hardened', status: 'misleading' })).toEqual(['distortion-needs-change original']);
    expect(schemaBroken({ original: 'up to 10,000', change: 'hardened', status: 'misleading' })).toEqual([]);
  });

  it('asks "confirmed" for its assessor and "superseded" for its successor', () => {
    expect(schemaBroken({ status: 'confirmed' })).toEqual(['confirmed-needs-assessor assessedBy']);
    expect(schemaBroken({ status: 'confirmed', assessedBy: 'Gazette' })).toEqual([]);
    expect(schemaBroken({ status: 'superseded' })).toEqual(['superseded-needs-successor supersededBy']);
  });

  it('runs no rule on a claim whose fields are already wrong', () => {
    expect(schemaBroken({ status: 'probable', claimant: { name: 'us', identification: 'institution', kind: 'this-project' } })).toEqual(['schema status']);
  });
});

describe('rules across claims', () => {
  it('caps a claim resting only on unread sources at "reported", unless two independent ones agree', () => {
    expect(broken(unconsultedCap, [located('a', { sources: [{ id: 'unread-a' }], status: 'false' })])).toEqual(['unconsulted-cap status']);
    expect(broken(unconsultedCap, [located('a', { sources: [{ id: 'unread-a' }], status: 'reported' })])).toEqual([]);
    expect(broken(unconsultedCap, [located('a', { sources: [{ id: 'unread-a' }, { id: 'unread-b' }], status: 'corroborated' })])).toEqual([]);
    // One read source is enough to judge.
    expect(broken(unconsultedCap, [located('a', { sources: [{ id: 'unread-a' }, { id: 'gazette' }], status: 'false' })])).toEqual([]);
  });

  it('lets "corroborates" link only different lines of reporting', () => {
    const original = located('original', {});
    expect(broken(corroboratesNeedsIndependence, [located('copy', { sources: [{ id: 'gazette-copy' }], corroborates: ['original'] }), original])).toEqual([
      'corroborates-needs-independence corroborates.0',
    ]);
    expect(broken(corroboratesNeedsIndependence, [located('other', { sources: [{ id: 'herald' }], corroborates: ['original'] }), original])).toEqual([]);
    expect(broken(corroboratesNeedsIndependence, [located('copy', { sources: [{ id: 'gazette-copy' }], consistentWith: ['original'] }), original])).toEqual([]);
  });

  it('keeps a claimant’s later figure in a series, not superseding the earlier', () => {
    const fig = (value: number, asOf: string) => ({ value, unit: 'prisoners', measure: 'recruited', kind: 'estimate', asOf });
    const who = { name: 'Romanova', identification: 'named', kind: 'campaign-group', entity: 'romanova' };
    const early = located('early', { claimant: who, status: 'superseded', supersededBy: 'late', figure: fig(3000, '2022-09') });
    const late = located('late', { claimant: who, status: 'claimed', figure: fig(20000, '2022-10') });
    expect(broken(seriesNotSuperseded, [early, late])).toEqual(['series-not-superseded supersededBy']);
    // A different claimant's later fact may supersede.
    const fact = located('late', { claimant: { name: 'Records', identification: 'institution', kind: 'outlet' }, figure: fig(48366, '2023-02') });
    expect(broken(seriesNotSuperseded, [early, fact])).toEqual([]);
  });

  it('refuses a claim linked to itself', () => {
    expect(broken(relation, [located('a', { contradicts: ['b', 'a'] })])).toEqual(['relation contradicts.1']);
  });

  it('refuses a lineage that loops, once per loop', () => {
    const loop = [source('x', 'X', { kind: 'rewrite', derivedFrom: 'y' }), source('y', 'Y', { kind: 'excerpt', derivedFrom: 'x' })];
    expect(broken(lineage, [], [...SOURCES, ...loop])).toEqual(['lineage derivedFrom']);
    expect(broken(lineage, [])).toEqual([]);
  });

  it('lets an old id lead to one record, and never be an id a record still has', () => {
    expect(broken(formerId, [located('merged', { formerIds: ['first', 'second'] }), located('first', {})])).toEqual(['former-id formerIds.0']);
    expect(broken(formerId, [located('merged', { formerIds: ['old'] }), located('other', { formerIds: ['old'] })])).toEqual(['former-id formerIds.0']);
    expect(broken(formerId, [located('merged', { formerIds: ['first', 'second'] })])).toEqual([]);
    // Old source ids are their own address space: a claim's old id may equal a source's id.
    expect(broken(formerId, [located('merged', { formerIds: ['gazette'] })])).toEqual([]);
    expect(broken(formerId, [], [source('gazette-2023', 'Gazette', { formerIds: ['herald'] }), ...SOURCES])).toEqual(['former-id formerIds.0']);
  });
});
