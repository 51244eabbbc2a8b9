/** The verification model's cross-record rules, on small hand-made records (src/lib/content/model-rules.ts). */
import { describe, expect, it } from 'vitest';
import { checkModelRules, MODEL_RULES } from '../../src/lib/content/model-rules.ts';
import { claimSchema, type Claim } from '../../src/schema/index.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BAD_FIXTURES } from '../support/paths.ts';

const sources = new Map([
  ['gazette', { id: 'gazette', outlet: 'Gazette' }],
  ['gazette-copy', { id: 'gazette-copy', outlet: 'Mirror', derivedFrom: 'gazette' }],
  ['herald', { id: 'herald', outlet: 'Herald' }],
  ['unread-a', { id: 'unread-a', outlet: 'Distant Daily', consulted: false }],
  ['unread-b', { id: 'unread-b', outlet: 'Far Weekly', consulted: false }],
]);

const located = (id: string, over: Record<string, unknown>) => ({
  id,
  file: 'claims/x.yaml',
  lineOf: () => 1,
  data: claimSchema.parse({
    id,
    statement: 'S.',
    claimant: { name: 'Gazette', identification: 'institution', kind: 'outlet' },
    date: '2023',
    sources: [{ id: 'gazette' }],
    status: 'reported',
    basis: 'B.',
    ...over,
  }) as Claim,
});

function rulesBroken(...claims: ReturnType<typeof located>[]): string[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return checkModelRules(claims, byId, sources).map((p) => `${p.rule} ${p.field}`);
}

describe('model rules', () => {
  it('each rule names a bad fixture that exists', () => {
    for (const r of MODEL_RULES) expect(existsSync(join(BAD_FIXTURES, r.fixture, 'expect.json')), r.fixture).toBe(true);
  });

  it('refuses "reported" for a government and "claimed" for a witness, and any claim by this project', () => {
    expect(rulesBroken(located('a', { claimant: { name: 'Ministry', identification: 'institution', kind: 'foreign-government' } }))).toEqual([
      'claimant-kind-status status',
    ]);
    expect(rulesBroken(located('a', { claimant: { name: 'Ministry', identification: 'institution', kind: 'party-to-war' }, status: 'claimed' }))).toEqual([]);
    expect(rulesBroken(located('a', { claimant: { name: 'Ivan', identification: 'named', kind: 'witness' }, status: 'claimed' }))).toEqual([
      'claimant-kind-status status',
    ]);
    expect(rulesBroken(located('a', { claimant: { name: 'us', identification: 'institution', kind: 'this-project' } }))).toEqual([
      'claimant-kind-status status',
    ]);
  });

  it('caps a claim resting only on unread sources at "reported", unless two independent ones agree', () => {
    expect(rulesBroken(located('a', { sources: [{ id: 'unread-a' }], status: 'false' }))).toEqual(['unconsulted-cap status']);
    expect(rulesBroken(located('a', { sources: [{ id: 'unread-a' }], status: 'reported' }))).toEqual([]);
    expect(rulesBroken(located('a', { sources: [{ id: 'unread-a' }, { id: 'unread-b' }], status: 'corroborated' }))).toEqual([]);
    // One read source is enough to judge.
    expect(rulesBroken(located('a', { sources: [{ id: 'unread-a' }, { id: 'gazette' }], status: 'false' }))).toEqual([]);
  });

  it('lets "corroborates" link only different lines of reporting', () => {
    const original = located('original', {});
    expect(rulesBroken(located('copy', { sources: [{ id: 'gazette-copy' }], corroborates: ['original'] }), original)).toEqual([
      'corroborates-needs-independence corroborates.0',
    ]);
    expect(rulesBroken(located('other', { sources: [{ id: 'herald' }], corroborates: ['original'] }), original)).toEqual([]);
    expect(rulesBroken(located('copy', { sources: [{ id: 'gazette-copy' }], consistentWith: ['original'] }), original)).toEqual([]);
  });

  it('keeps a claimant’s later figure in a series, not superseding the earlier', () => {
    const fig = (value: number, asOf: string) => ({ value, unit: 'prisoners', measure: 'recruited', kind: 'estimate', asOf });
    const who = { name: 'Romanova', identification: 'named', kind: 'campaign-group', entity: 'romanova' };
    const early = located('early', { claimant: who, status: 'superseded', supersededBy: 'late', figure: fig(3000, '2022-09') });
    const late = located('late', { claimant: who, status: 'claimed', figure: fig(20000, '2022-10') });
    expect(rulesBroken(early, late)).toEqual(['series-not-superseded supersededBy']);
    // A different claimant's later fact may supersede.
    const fact = located('late', { claimant: { name: 'Records', identification: 'institution', kind: 'outlet' }, figure: fig(48366, '2023-02') });
    expect(rulesBroken(early, fact)).toEqual([]);
  });

  it('asks a distortion for its kind of change', () => {
    expect(rulesBroken(located('a', { original: 'up to 10,000', status: 'misleading' }))).toEqual(['distortion-needs-change change']);
    expect(rulesBroken(located('a', { original: 'up to 10,000', change: 'hardened', status: 'misleading' }))).toEqual([]);
  });
});
