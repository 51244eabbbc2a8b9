import { describe, expect, it } from 'vitest';
import { reportSchema, claimSchema, eventSchema, sourceSchema, STATUS_IDS } from '../../src/schema/index.ts';
import type { z } from 'zod';
import { CLAIMANT_KIND_LIST } from '../../src/lib/text/labels.ts';

const source = {
  id: 'cnn-2022-report',
  outlet: 'CNN',
  title: 'A report',
  published: '2022-08-10',
  language: 'en',
  kind: 'original-reporting',
};
const claim = {
  id: 'a-claim',
  statement: 'Something happened.',
  claimant: { name: 'Yulia', identification: 'changed-name', identityNote: 'Name changed by CNN', kind: 'relative' },
  date: '2024-06',
  sources: [{ id: 'cnn-2022-report', quote: 'something' }],
  status: 'reported',
  basis: 'One outlet reports it.',
};
const article = {
  title: 'A report',
  summary: 'Summary.',
  published: '2026-11-21',
  sources: ['cnn-2022-report'],
  verification: { status: 'reported', basis: 'One outlet.' },
};

/** The dotted field paths zod reports for an input. */
function failingFields(schema: z.ZodType, input: unknown): string[] {
  const r = schema.safeParse(input);
  // An unknown field is reported on its parent with the field's name in `keys`.
  return r.success ? [] : r.error.issues.map((i) => [...i.path, ...('keys' in i ? i.keys : [])].join('.'));
}

describe('source schema', () => {
  it('accepts a valid record and applies defaults', () => {
    const parsed = sourceSchema.parse(source);
    expect(parsed.consulted).toBe(true);
    expect(parsed.authors).toEqual([]);
  });
  it('accepts "undated" and a YAML Date, normalising the Date to text', () => {
    expect(sourceSchema.parse({ ...source, published: 'undated' }).published).toBe('undated');
    expect(sourceSchema.parse({ ...source, published: new Date('2022-08-10T00:00:00Z') }).published).toBe('2022-08-10');
  });
  it.each([
    ['url', { url: 'javascript:alert(1)' }],
    ['url', { url: 'data:text/html,hi' }],
    ['archivedUrl', { archivedUrl: 'ftp://example.org/x' }],
    ['kind', { kind: 'blog' }],
    ['language', { language: 'English' }],
    ['id', { id: 'Not A Slug' }],
    ['published', { published: '10 August 2022' }],
    ['published', { published: '2022-13' }],
    ['outlet', { outlet: '' }],
    ['extra', { extra: 'typo field' }],
  ])('rejects a bad %s', (field, patch) => {
    expect(failingFields(sourceSchema, { ...source, ...patch }).join(' ')).toContain(field);
  });
  it('rejects a missing title, naming it', () => {
    const { title: _, ...rest } = source;
    expect(failingFields(sourceSchema, rest)).toEqual(['title']);
  });
});

describe('claim schema', () => {
  it('accepts a valid record', () => {
    const parsed = claimSchema.parse(claim);
    expect(parsed.responses).toEqual([]);
    expect(parsed.draft).toBe(false);
  });
  it('reads a bare YAML `false` as the status "false"', () => {
    expect(claimSchema.parse({ ...claim, status: false }).status).toBe('false');
  });
  it('accepts every status in the vocabulary, from a claimant whose kind allows it', () => {
    for (const status of STATUS_IDS) {
      const kind = CLAIMANT_KIND_LIST.find((k) => k.statuses.includes(status))!;
      const record = { ...claim, status, claimant: { ...claim.claimant, kind: kind.id }, assessedBy: 'CNN', supersededBy: 'a-later-claim' };
      expect(claimSchema.safeParse(record).success, status).toBe(true);
    }
  });
  it.each([
    ['status', { status: 'probable' }],
    ['date', { date: '2024-02-30' }],
    ['date', { date: undefined }],
    ['sources', { sources: [] }],
    ['sources.0.id', { sources: [{ id: 'Bad Id' }] }],
    ['basis', { basis: '  ' }],
    ['claimant.identification', { claimant: { name: 'X', identification: 'secret' } }],
    ['claimant.identityNote', { claimant: { name: 'Yulia', identification: 'changed-name', kind: 'relative' } }],
    ['figure.value', { figure: { unit: 'prisoners', measure: 'recruited', kind: 'estimate', asOf: '2023' } }],
    ['figure.low', { figure: { low: 10, high: 5, unit: 'prisoners', measure: 'recruited', kind: 'estimate', asOf: '2023' } }],
    ['figure.measure', { figure: { value: 5, unit: 'prisoners', measure: 'vibes', kind: 'estimate', asOf: '2023' } }],
    ['responses.0.kind', { responses: [{ party: 'Kremlin', kind: 'shrugged' }] }],
  ])('rejects a bad %s', (field, patch) => {
    expect(failingFields(claimSchema, { ...claim, ...patch })).toContain(field);
  });
});

describe('article schema', () => {
  it('accepts a valid report', () => {
    const parsed = reportSchema.parse(article);
    expect(parsed.draft).toBe(false);
    expect(parsed.claims).toEqual([]);
  });
  it.each([
    ['published', { published: '2026-11' }],
    ['published', { published: '2024-02-30' }],
    ['sources', { sources: [] }],
    ['verification.status', { verification: { status: 'maybe', basis: 'x' } }],
    ['verification.basis', { verification: { status: 'reported' } }],
    ['draft', { draft: 'yes' }],
    ['corrections.0.date', { corrections: [{ date: 'yesterday', note: 'x' }] }],
  ])('rejects a bad %s', (field, patch) => {
    expect(failingFields(reportSchema, { ...article, ...patch })).toContain(field);
  });
});

describe('event schema', () => {
  it('accepts an event at month precision', () => {
    expect(eventSchema.parse({ id: 'ev-x', date: '2022-07', title: 'Recruiters arrive' }).claims).toEqual([]);
  });
  it('rejects an event without a title', () => {
    expect(failingFields(eventSchema, { id: 'ev-x', date: '2022-07' })).toContain('title');
  });
});
