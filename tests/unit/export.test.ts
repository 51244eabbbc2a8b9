import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { reportSchema, claimSchema, sourceSchema } from '../../src/schema/index.ts';
import { buildIndex } from '../../src/lib/site-index/build.ts';
import { pageUrls } from '../../src/lib/routing/routes.ts';
import {
  CLAIM_CSV_HEADER,
  DATA_SCHEMA_VERSION,
  SOURCE_CSV_HEADER,
  claimRecords,
  claimsCsv,
  claimsDocument,
  csvField,
  sourceRecords,
  sourcesCsv,
  toCsv,
} from '../../src/lib/output/open-data.ts';

const source = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  data: sourceSchema.parse({
    id,
    outlet: `Outlet ${id}`,
    title: `Title of ${id}`,
    published: '2022-08-10',
    language: 'en',
    kind: 'original-reporting',
    ...extra,
  }),
});
const claim = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  data: claimSchema.parse({
    id,
    statement: `Statement ${id}.`,
    claimant: { name: 'An inmate', identification: 'anonymous', kind: 'anonymous-source' },
    date: '2022-08',
    sources: [{ id: 'gazette' }],
    status: 'reported',
    basis: 'One outlet.',
    ...extra,
  }),
});

const site = buildIndex({
  sources: [
    source('gazette', { url: 'https://example.org/a', authors: ['A. Writer', 'B. Writer'] }),
    source('mirror', { kind: 'translation', derivedFrom: 'gazette', published: 'undated', notes: 'Says "ninety", not nineteen.' }),
  ],
  claims: [
    claim('zebra-claim', {
      statement: 'Wardens said "go", then, later,\nthey said stop.',
      status: 'false',
      sources: [{ id: 'mirror', quote: 'ninety left', section: 'lede' }, { id: 'gazette' }],
      contradicts: ['alpha-claim', 'hidden-draft'],
      figure: { low: 10, high: 20, unit: 'recruits', measure: 'recruited', kind: 'estimate', asOf: '2022' },
      responses: [{ party: 'Ministry', kind: 'denied', date: '2022-09' }],
      topics: ['one', 'two'],
    }),
    claim('alpha-claim', { claimant: { name: 'Zofia', identification: 'changed-name', identityNote: 'Changed by the Gazette', kind: 'relative' } }),
    claim('hidden-draft', { draft: true }),
  ],
  reports: [
    {
      id: 'report-one',
      data: reportSchema.parse({
        title: 'Report one',
        summary: 'S.',
        published: '2026-11-01',
        sources: ['gazette'],
        claims: ['zebra-claim', 'hidden-draft'],
        verification: { status: 'reported', basis: 'B.' },
      }),
      body: '',
    },
    {
      id: 'draft-report',
      data: reportSchema.parse({
        title: 'Draft',
        summary: 'S.',
        published: '2026-11-02',
        sources: ['mirror'],
        claims: ['alpha-claim'],
        verification: { status: 'reported', basis: 'B.' },
        draft: true,
      }),
      body: '',
    },
  ],
  events: [],
});

const urls = pageUrls('https://colony.example');

describe('claim records', () => {
  const records = claimRecords(site, urls);

  it('lists every published claim once, sorted by id, and no draft', () => {
    expect(records.map((r) => r.id)).toEqual(['alpha-claim', 'zebra-claim']);
  });

  it('carries the status label, absolute page URLs and the reports that cite it', () => {
    const zebra = records.find((r) => r.id === 'zebra-claim')!;
    expect(zebra).toMatchObject({
      pageUrl: 'https://colony.example/claims/zebra-claim/',
      status: 'false',
      statusLabel: 'False',
      verdict: true,
      reports: [{ id: 'report-one', title: 'Report one', pageUrl: 'https://colony.example/reports/report-one/' }],
    });
    expect(zebra.sources).toEqual([
      {
        id: 'mirror',
        pageUrl: 'https://colony.example/sources/mirror/',
        outlet: 'Outlet mirror',
        title: 'Title of mirror',
        quote: 'ninety left',
        section: 'lede',
      },
      { id: 'gazette', pageUrl: 'https://colony.example/sources/gazette/', outlet: 'Outlet gazette', title: 'Title of gazette', quote: null, section: null },
    ]);
    expect(zebra.figure).toMatchObject({ value: null, low: 10, high: 20, atLeast: false, method: null });
    expect(zebra.responses).toEqual([{ party: 'Ministry', kind: 'denied', date: '2022-09', detail: null, source: null }]);
    // A draft report does not count as citing a claim.
    expect(records.find((r) => r.id === 'alpha-claim')!.reports).toEqual([]);
  });

  it('drops links to unpublished claims, so no draft id leaks', () => {
    expect(records.find((r) => r.id === 'zebra-claim')!.contradicts).toEqual(['alpha-claim']);
    expect(JSON.stringify(records)).not.toContain('hidden-draft');
  });

  it('gives every record the same keys, with null for absent values', () => {
    const keys = records.map((r) => Object.keys(r).join());
    expect(new Set(keys).size).toBe(1);
    expect(records.find((r) => r.id === 'alpha-claim')).toMatchObject({
      figure: null,
      assessedBy: null,
      supersededBy: null,
      original: null,
      claimant: { role: null, identityNote: 'Changed by the Gazette' },
    });
  });

  it('exports every claim field of the schema', () => {
    // The Russian text (ru) is published on the Russian pages, not yet in the open data.
    const schemaFields = Object.keys(claimSchema.shape).filter((f) => f !== 'draft' && f !== 'ru');
    expect(Object.keys(records[0]!)).toEqual(expect.arrayContaining(schemaFields));
  });

  it('wraps the records in a versioned document', () => {
    const doc = claimsDocument(records, urls);
    expect(doc).toMatchObject({ schemaVersion: DATA_SCHEMA_VERSION, site: 'https://colony.example/', count: 2, claims: records });
    expect(doc.generated).toMatch(/drafts are excluded/);
  });
});

describe('source records', () => {
  const records = sourceRecords(site, urls);
  it('lists every source with its page URL, lineage and citing claims and reports', () => {
    expect(records.map((r) => r.id)).toEqual(['gazette', 'mirror']);
    expect(records[0]).toMatchObject({
      pageUrl: 'https://colony.example/sources/gazette/',
      url: 'https://example.org/a',
      authors: ['A. Writer', 'B. Writer'],
      claims: ['alpha-claim', 'zebra-claim'],
      reports: [{ id: 'report-one', title: 'Report one', pageUrl: 'https://colony.example/reports/report-one/' }],
    });
    expect(records[1]).toMatchObject({
      kind: 'translation',
      kindLabel: 'Translation',
      derivedFrom: 'gazette',
      published: 'undated',
      url: null,
      claims: ['zebra-claim'],
      reports: [],
    });
  });
  it('exports every source field of the schema', () => {
    expect(Object.keys(records[0]!)).toEqual(expect.arrayContaining(Object.keys(sourceSchema.shape)));
  });
});

describe('CSV (RFC 4180)', () => {
  it('quotes only fields with commas, quotes or line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(false)).toBe('false');
    expect(csvField(0)).toBe('0');
  });

  it('ends every row, the header included, with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('parses back to the same records with a standard parser', () => {
    const records = claimRecords(site, urls);
    const rows: Record<string, string>[] = parse(claimsCsv(records), { columns: true });
    expect(Object.keys(rows[0]!)).toEqual(CLAIM_CSV_HEADER);
    expect(rows).toHaveLength(records.length);
    const zebra = rows.find((r) => r.id === 'zebra-claim')!;
    expect(zebra.statement).toBe('Wardens said "go", then, later,\nthey said stop.');
    expect(zebra['sources.id']).toBe('mirror; gazette');
    expect(zebra['sources.pageUrl']).toBe('https://colony.example/sources/mirror/; https://colony.example/sources/gazette/');
    expect(zebra.topics).toBe('one; two');
    expect(zebra.responses).toBe('Ministry: denied (2022-09)');
    expect(zebra['figure.low']).toBe('10');
    expect(zebra['figure.value']).toBe('');
    expect(zebra.statusLabel).toBe('False');
    expect(zebra['reports.pageUrl']).toBe('https://colony.example/reports/report-one/');
  });

  it('writes the sources table with the same header it documents', () => {
    const rows: Record<string, string>[] = parse(sourcesCsv(sourceRecords(site, urls)), { columns: true });
    expect(Object.keys(rows[0]!)).toEqual(SOURCE_CSV_HEADER);
    expect(rows.find((r) => r.id === 'mirror')!.notes).toBe('Says "ninety", not nineteen.');
    expect(rows.find((r) => r.id === 'gazette')!.authors).toBe('A. Writer; B. Writer');
  });
});
