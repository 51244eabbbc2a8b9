/**
 * The view model of each page kind: exactly what the page prints, from a small literal index.
 * Expected values are written out from the records below, not recomputed with the code.
 */
import { describe, expect, it } from 'vitest';
import { reportSchema, claimSchema, eventSchema, sourceSchema } from '../../src/schema/index.ts';
import { buildIndex } from '../../src/lib/site-index/build.ts';
import { claimPage } from '../../src/lib/views/claim-page.ts';
import { sourcePage } from '../../src/lib/views/source-page.ts';
import { reportPage } from '../../src/lib/views/report.ts';
import { timelinePage } from '../../src/lib/views/timeline.ts';
import { lineageTree } from '../../src/lib/views/lineage-tree.ts';
import { figureGroups } from '../../src/lib/views/figures.ts';
import { statusListing } from '../../src/lib/views/status-listing.ts';
import { claimCard } from '../../src/lib/views/cards.ts';
import { STATUSES } from '../../src/lib/text/labels.ts';

const source = (id: string, extra: Record<string, unknown>) => ({ id, data: sourceSchema.parse({ id, language: 'en', ...extra }) });
const claim = (id: string, extra: Record<string, unknown>) => ({
  id,
  data: claimSchema.parse({ id, date: '2024-05', sources: [{ id: 'gazette' }], status: 'reported', basis: 'One outlet.', ...extra }),
});

const site = buildIndex({
  sources: [
    source('gazette', {
      outlet: 'Gazette',
      title: 'Colony recruits',
      published: '2024-05-02',
      kind: 'original-reporting',
      url: 'https://gazette.example/recruits',
    }),
    source('mirror', {
      outlet: 'Mirror',
      title: 'Colony recruits, again',
      published: '2024-05-03',
      kind: 'official-statement',
      derivedFrom: 'gazette',
      authors: ['A. Writer', 'B. Writer'],
    }),
    source('mirror-copy', { outlet: 'Echo', title: 'Recruits (copy)', published: '2024-06', kind: 'republication', derivedFrom: 'mirror' }),
    source('note', { outlet: 'Ministry', title: 'A note', published: 'undated', kind: 'dataset', consulted: false }),
  ],
  claims: [
    claim('wagner-figure', {
      statement: 'Wagner recruited 1200 prisoners.',
      claimant: { name: 'Wagner', identification: 'institution', kind: 'outlet' },
      figure: { value: 1200, unit: 'prisoners', measure: 'recruited', kind: 'self-reported', asOf: '2023-06', method: 'A press statement' },
      responses: [{ party: 'Ministry', kind: 'declined-to-comment', date: '2024-05-04' }],
      contradicts: ['inmate-account', 'draft-claim'],
      sources: [{ id: 'gazette', quote: 'twelve hundred', section: 'second paragraph' }, { id: 'mirror' }],
    }),
    claim('inmate-account', {
      statement: 'An inmate was promised a pardon.',
      claimant: { name: 'Ivan', identification: 'changed-name', identityNote: 'Name changed by the Gazette', kind: 'relative' },
      date: '2024-05-01',
      status: 'unverified',
    }),
    claim('draft-claim', { statement: 'Unpublished.', claimant: { name: 'X', identification: 'named', kind: 'witness' }, draft: true }),
  ],
  reports: [
    {
      id: 'the-report',
      data: reportSchema.parse({
        title: 'How the colonies recruit.',
        summary: 'A summary.',
        published: '2024-06-01',
        updated: '2024-06-03',
        sources: ['gazette', 'mirror'],
        claims: ['inmate-account', 'draft-claim'],
        verification: { status: 'reported', basis: 'Two texts, one original.' },
        corrections: [{ date: '2024-06-03', note: 'Fixed the figure.' }],
      }),
      body: 'Text. <Claim id="wagner-figure">Wagner says 1200</Claim>.',
    },
  ],
  events: [
    {
      id: 'first',
      data: eventSchema.parse({
        id: 'first',
        date: '2023-06',
        title: 'Recruiting starts',
        claims: ['wagner-figure', 'draft-claim'],
        reports: ['the-report', 'no-such-report'],
      }),
    },
    { id: 'second', data: eventSchema.parse({ id: 'second', date: '2024-05-01', title: 'A pardon', description: 'Ivan is released.' }) },
  ],
});

describe('claimPage', () => {
  const view = claimPage(site, 'wagner-figure');

  it('prints the figure with its kind inside the sentence, as the figures table names it', () => {
    expect(view.figure).toEqual({ text: '1,200 prisoners (self-reported, as of June 2023). Method: A press statement', lang: 'en' });
    expect(figureGroups(site.claims, 'en')[0]!.rows[0]!.kind).toBe('Self-reported');
  });

  it('words responses, related claims (published only) and the reports that place the claim', () => {
    expect(view.responses).toEqual([{ party: 'Ministry', response: 'declined to comment', date: { value: '2024-05-04', text: '4 May 2024' }, detail: null }]);
    expect(view.related).toEqual([{ relation: 'Contradicts', href: '/claims/inmate-account/', statement: 'An inmate was promised a pardon.' }]);
    expect(view.reports).toEqual([{ href: '/reports/the-report/#claim-wagner-figure', title: 'How the colonies recruit.' }]);
    expect(view.firstPublished).toBe('2024-06-01');
  });

  it('gives the status, description, claimant and sources with their locators', () => {
    expect(view.status.label).toBe('Reported');
    expect(view.description).toBe('Reported: Wagner recruited 1200 prisoners. Said by Wagner.');
    expect(view.date).toEqual({ value: '2024-05', text: 'May 2024' });
    expect(view.sources.map((s) => [s.item.title, s.section, s.quote])).toEqual([
      ['Colony recruits', 'second paragraph', 'twelve hundred'],
      ['Colony recruits, again', null, null],
    ]);
    expect(view.sources[1]!.item.parent).toEqual({ href: '/sources/gazette/', text: 'Gazette: Colony recruits' });
  });

  it('shows the other side of a relation from the claim pointed at', () => {
    const other = claimPage(site, 'inmate-account');
    expect(other.related).toEqual([{ relation: 'Contradicted by', href: '/claims/wagner-figure/', statement: 'Wagner recruited 1200 prisoners.' }]);
    expect(other.claimant).toEqual({ label: '“Ivan” (name changed)', role: null, identityNote: 'Name changed by the Gazette' });
  });
});

describe('sourcePage', () => {
  it('lists the chain it was copied from, its copies with their kind in a sentence, and who cites it', () => {
    const view = sourcePage(site, 'mirror');
    expect(view.pageTitle).toBe('Mirror: Colony recruits, again');
    expect(view.description).toBe('Source record: Colony recruits, again, Mirror. Official statement.');
    expect(view.authors).toBe('A. Writer, B. Writer');
    expect(view.derivedFrom).toEqual([{ href: '/sources/gazette/', text: 'Gazette: Colony recruits' }]);
    expect(view.copiedBy).toEqual([{ href: '/sources/mirror-copy/', text: 'Echo: Recruits (copy)', kind: 'republication' }]);
    expect(view.reports).toEqual([{ href: '/reports/the-report/', title: 'How the colonies recruit.' }]);
    expect(view.claims.map((c) => c.id)).toEqual(['wagner-figure']);
  });

  it('says an undated, unconsulted source is so', () => {
    const view = sourcePage(site, 'note');
    expect(view.published).toEqual({ value: null, text: 'Undated (the text carries no date)' });
    expect(view.consulted).toBe('Not consulted directly: known through the sources that cite it');
    expect(view.kind).toBe('Dataset');
  });
});

describe('reportPage', () => {
  const view = reportPage(site, 'the-report', 'https://colony.example/reports/the-report/');

  it('lists placed claims first, then listed ones, without drafts', () => {
    expect(view.claims.map((c) => c.id)).toEqual(['wagner-figure', 'inmate-account']);
    expect(view.unplaced.map((c) => c.id)).toEqual(['inmate-account']);
    expect(view.claimCount).toBe('2 claims');
    expect(view.claims[0]!.citeUrl).toBe('https://colony.example/reports/the-report/#claim-wagner-figure');
  });

  it('logs the correction with its label and cites the report', () => {
    expect(view.correctionCount).toBe('1 correction');
    expect(view.log).toEqual([
      { kind: 'correction', label: 'Correction', date: '2024-06-03', dateText: '3 June 2024', note: 'Fixed the figure.' },
      { kind: 'published', label: 'Published', date: '2024-06-01', dateText: '1 June 2024', note: 'First published.' },
    ]);
    expect(view.citation).toBe(
      'From Colony to Front, “How the colonies recruit”, 1 June 2024, updated 3 June 2024. https://colony.example/reports/the-report/',
    );
    expect(view.sources.map((s) => s.kind)).toEqual(['Original reporting', 'Official statement']);
  });
});

describe('timelinePage', () => {
  it('groups events by year with their published claims and reports only', () => {
    expect(timelinePage(site)).toEqual([
      {
        year: 2023,
        events: [
          {
            id: 'first',
            date: '2023-06',
            dateText: 'June 2023',
            title: 'Recruiting starts',
            description: null,
            claims: [{ status: 'reported', href: '/claims/wagner-figure/', statement: 'Wagner recruited 1200 prisoners.' }],
            reports: [{ href: '/reports/the-report/', title: 'How the colonies recruit.' }],
          },
        ],
      },
      {
        year: 2024,
        events: [{ id: 'second', date: '2024-05-01', dateText: '1 May 2024', title: 'A pardon', description: 'Ivan is released.', claims: [], reports: [] }],
      },
    ]);
  });
});

describe('lineageTree', () => {
  it('nests copies under their original and counts the sources without copies', () => {
    const view = lineageTree(site, 'en');
    expect(view.trees).toHaveLength(1);
    const root = view.trees[0]!;
    expect([root.text, root.kind, root.derivedFrom]).toEqual(['Gazette: Colony recruits', 'Original reporting', null]);
    expect([root.children[0]!.text, root.children[0]!.derivedFrom]).toEqual(['Mirror: Colony recruits, again', ' of Gazette']);
    expect([root.children[0]!.children[0]!.text, root.children[0]!.children[0]!.dateText]).toEqual(['Echo: Recruits (copy)', 'June 2024']);
    expect(view.standaloneNote).toBe('One other source has no recorded copies.');
  });

  it('words the tree in Russian on a Russian page: kinds, what a copy derives from, dates and the note', () => {
    const root = lineageTree(site, 'ru').trees[0]!;
    expect([root.kind, root.children[0]!.kind, root.children[0]!.derivedFrom]).toEqual([
      'Оригинальный материал',
      'Официальное заявление',
      ' (источник: Gazette)',
    ]);
    expect(root.children[0]!.children[0]!.dateText).toBe('июнь 2024 г.');
    expect(lineageTree(site, 'ru').standaloneNote).toBe('Ещё у 1 источника копий не записано.');
  });
});

describe('claimCard', () => {
  it('names the claimant, the date and the outlets once each', () => {
    expect(claimCard(site, site.claimById.get('wagner-figure')!)).toEqual({
      id: 'wagner-figure',
      href: '/claims/wagner-figure/',
      statement: 'Wagner recruited 1200 prisoners.',
      status: 'reported',
      claimant: 'Wagner',
      date: '2024-05',
      dateText: 'May 2024',
      outlets: 'Gazette, Mirror',
    });
  });
});

describe('statusListing', () => {
  const reported = STATUSES.reported;

  it('has no pager when one page holds every claim', () => {
    const view = statusListing(reported, { currentPage: 1, lastPage: 1, total: 3, start: 0, end: 2 });
    expect([view.title, view.count, view.pager, view.path]).toEqual(['Reported claims', '3 claims, newest first', null, '/claims/status/reported/']);
  });

  it('links page 2 back to page 1 (no number) and on to page 3', () => {
    const view = statusListing(reported, { currentPage: 2, lastPage: 3, total: 450, start: 200, end: 399 });
    expect(view.title).toBe('Reported claims, page 2 of 3');
    expect(view.count).toBe('450 claims, newest first; 201–400 on this page');
    expect(view.path).toBe('/claims/status/reported/2/');
    expect(view.pager).toEqual({ newer: '/claims/status/reported/', older: '/claims/status/reported/3/', text: 'Page 2 of 3' });
  });
});
