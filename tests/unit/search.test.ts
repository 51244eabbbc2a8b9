import { describe, expect, it } from 'vitest';
import { reportSchema, claimSchema, findingSchema, sourceSchema } from '../../src/schema/index.ts';
import { claimSearchRecord, findingSearchRecord, reportSearchRecord, searchAttributes, sourceSearchRecord } from '../../src/lib/search/meta.ts';
import { topicLabel } from '../../src/lib/text/labels.ts';
import { isNewHistoryEntry, normaliseFilters, parseSort, queryFromState, stateFromQuery } from '../../src/lib/search/query-url.ts';

const claim = claimSchema.parse({
  id: 'c',
  statement: 'Recruiters registered 4,212 inmates.',
  claimant: { name: 'Marta Oksenfeld', identification: 'changed-name', identityNote: 'Name changed by the outlet', kind: 'relative' },
  date: '2023-03',
  sources: [{ id: 's' }],
  status: 'disputed',
  basis: 'Sources conflict.',
  topics: ['transit-camps', 'consent', 'consent'],
});

describe('search records', () => {
  it('gives a claim its claimant as meta, its type and status as filters only, and every filter', () => {
    const r = claimSearchRecord(claim);
    // Pagefind indexes metadata as words: a status or type here would make "disputed" or "claim" find every such claim.
    expect(r.meta).toEqual({ claimant: '“Marta Oksenfeld” (name changed)' });
    expect(r.filters).toEqual({
      type: ['Claim'],
      status: ['Disputed'],
      topic: ['Transit camps', 'Consent', 'Consent'],
      claimant: ['Name changed'],
      year: ['2023'],
    });
    expect(r.sort).toEqual({ date: '2023-03' });
  });

  it('gives a report its verification status and publication date, as filters and the sort key', () => {
    const article = reportSchema.parse({
      title: 'T',
      summary: 'S',
      published: '2026-09-15',
      sources: ['s'],
      verification: { status: 'reported', basis: 'One outlet.' },
      topics: ['recruitment'],
    });
    const r = reportSearchRecord(article);
    expect(r.meta).toEqual({});
    expect(r.filters).toEqual({ type: ['Report'], status: ['Reported'], topic: ['Recruitment'], year: ['2026'] });
    expect(r.sort).toEqual({ date: '2026-09-15' });
  });

  it('gives an undated source no year and no sort key, never an invented date', () => {
    const source = sourceSchema.parse({
      id: 's',
      outlet: 'Mirror',
      title: 'Copy',
      published: 'undated',
      language: 'en',
      kind: 'translation',
      derivedFrom: 'o',
    });
    const r = sourceSearchRecord(source);
    expect(r.meta).toEqual({ outlet: 'Mirror', kind: 'Translation' });
    expect(r.filters).toEqual({ type: ['Source'], year: [] });
    expect(r.sort).toEqual({});
  });

  it('gives a finding its kind and date, and no status: it is not a verdict', () => {
    const finding = findingSchema.parse({
      id: 'f',
      kind: 'dateline',
      statement: 'The copy carries no date.',
      date: '2026-11-27',
      sources: [{ id: 's' }],
      basis: 'Compared side by side.',
      topics: ['distortion'],
    });
    const r = findingSearchRecord(finding);
    expect(r.meta).toEqual({ kind: 'Dateline' });
    expect(r.filters).toEqual({ type: ['Finding'], topic: ['Distortion'], year: ['2026'] });
    expect(r.sort).toEqual({ date: '2026-11-27' });
  });

  it('labels topics for readers', () => {
    expect(topicLabel('terms-offered')).toBe('Terms offered');
    expect(topicLabel('pardon')).toBe('Pardon');
  });

  it('turns a record into one inline Pagefind attribute per value, without repeats or empties', () => {
    const attrs = searchAttributes({ meta: { claimant: 'Smith, John', empty: '' }, filters: { topic: ['A', 'A', 'B'], year: [] }, sort: { date: '2023-03' } });
    expect(attrs).toEqual([
      { 'data-pagefind-meta': 'claimant:Smith, John' },
      { 'data-pagefind-filter': 'topic:A' },
      { 'data-pagefind-filter': 'topic:B' },
      { 'data-pagefind-sort': 'date:2023-03' },
      { 'data-pagefind-meta': 'sort_date:202303' },
    ]);
  });
});

describe('search URLs', () => {
  it('reads the term, known filters (repeated for several values) and the sort', () => {
    expect(stateFromQuery('?q=+Granmoor+&status=Disputed&topic=A&topic=B&topic=A&colour=red&sort=date:asc')).toEqual({
      term: 'Granmoor',
      filters: { status: ['Disputed'], topic: ['A', 'B'] },
      sort: { key: 'date', direction: 'asc' },
    });
    expect(stateFromQuery('')).toEqual({ term: '', filters: {}, sort: undefined });
  });

  it('ignores an unknown sort and defaults a bare date sort to newest first', () => {
    expect(parseSort('title:asc')).toBeUndefined();
    expect(parseSort('date')).toEqual({ key: 'date', direction: 'desc' });
    expect(parseSort(null)).toBeUndefined();
  });

  it('writes a stable query that reads back to the same search', () => {
    const state = { term: 'not to open the lids', filters: { year: ['2024'], type: ['Claim'] }, sort: { key: 'date', direction: 'desc' as const } };
    const query = queryFromState(state);
    expect(query).toBe('?q=not+to+open+the+lids&type=Claim&year=2024&sort=date%3Adesc');
    expect(stateFromQuery(query)).toEqual({ ...state, filters: { type: ['Claim'], year: ['2024'] } });
    expect(queryFromState({ term: ' ', filters: {} })).toBe('');
  });

  it('keeps only known filter groups with values, as Pagefind reports them', () => {
    expect(normaliseFilters({ status: ['Reported', 'Reported'], topic: [], colour: ['red'], year: 'x' })).toEqual({ status: ['Reported'] });
  });

  it('adds a history entry for new filters or order, not for refining the words', () => {
    const base = { term: 'ledger', filters: {} };
    expect(isNewHistoryEntry(base, { ...base, term: 'ledgers' })).toBe(false);
    expect(isNewHistoryEntry(base, { ...base, filters: { status: ['Reported'] } })).toBe(true);
    expect(isNewHistoryEntry(base, { ...base, sort: { key: 'date', direction: 'asc' } })).toBe(true);
  });
});
