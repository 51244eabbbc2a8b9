/**
 * The home page's summary (headline figures, status spread, newest corrections, last update)
 * and a report's furniture (prose length, contents list, card dates), from small literal records.
 * Expected values are written out from the records, not recomputed with the code.
 */
import { describe, expect, it } from 'vitest';
import { claimSchema, reportSchema } from '../../src/schema/index.ts';
import { firstSentence, headlineFigures, lastUpdated, mainReportOf, newestCorrections, statusSpread } from '../../src/lib/views/home.ts';
import { claimCitation, contentsList, leadFindings, proseWords, readingLength, reportCardDates } from '../../src/lib/views/report-furniture.ts';

const claimant = (name: string, kind = 'campaign-group') => ({ name, identification: 'named', kind });
const figureClaim = (id: string, name: string, status: string, figure: Record<string, unknown>) => ({
  id,
  data: claimSchema.parse({
    id,
    statement: `${name} gave a figure.`,
    claimant: claimant(name, status === 'claimed' ? 'campaign-group' : 'outlet'),
    date: '2024-05',
    sources: [{ id: 'gazette' }],
    status,
    basis: 'One outlet.',
    figure: { unit: 'prisoners', kind: 'estimate', period: 'running-total', population: 'prisoners', ...figure },
  }),
});
const plainClaim = (id: string, status: string) => ({
  id,
  data: claimSchema.parse({
    id,
    statement: 'A statement.',
    claimant: claimant('Someone', 'outlet'),
    date: '2024-05',
    sources: [{ id: 'gazette' }],
    status,
    basis: 'One outlet.',
  }),
});

const claims = [
  figureClaim('anna-2022', 'Anna', 'claimed', { value: 3000, measure: 'recruited', asOf: '2022-09' }),
  figureClaim('anna-2023', 'Anna', 'claimed', { value: 9000, measure: 'recruited', asOf: '2023-01' }),
  figureClaim('records-2023', 'Records desk', 'reported', { value: 4800, atLeast: true, measure: 'recruited', asOf: '2023-02' }),
  figureClaim('ministry-flow', 'Ministry', 'claimed', { value: 100, measure: 'recruited', asOf: '2023-03', period: 'flow' }),
  figureClaim('records-dead', 'Records desk', 'reported', { value: 1700, measure: 'killed', asOf: '2023-05' }),
  figureClaim('population', 'Prison service', 'claimed', {
    value: 400000,
    measure: 'prison-population',
    asOf: '2022',
    period: 'stock',
    population: 'colony-population',
  }),
  plainClaim('plain-1', 'unverified'),
  plainClaim('plain-2', 'false'),
];

describe('headlineFigures', () => {
  const groups = headlineFigures(claims, 'en');

  it('gives each claimant’s latest comparable figure per measure, newest first, recruited before killed', () => {
    expect(groups.map((g) => g.label)).toEqual(['Prisoners recruited', 'Recruited prisoners killed']);
    expect(groups[0]!.figures.map((f) => [f.text, f.claimant, f.asOf, f.status])).toEqual([
      ['at least 4,800 prisoners', 'Records desk', 'to February 2023', 'reported'],
      ['9,000 prisoners', 'Anna', 'to January 2023', 'claimed'],
    ]);
    expect(groups[0]!.figures[0]!.href).toBe('/claims/records-2023/');
    expect(groups[1]!.figures.map((f) => f.text)).toEqual(['1,700 prisoners']);
  });

  it('leaves out a flow among running totals, and a measure beyond recruited, deployed and killed', () => {
    const ids = groups.flatMap((g) => g.figures.map((f) => f.claimId));
    expect(ids).not.toContain('ministry-flow');
    expect(ids).not.toContain('population');
    expect(ids).not.toContain('anna-2022');
  });

  it('keeps at most the number asked for', () => {
    expect(headlineFigures(claims, 'en', 1)[0]!.figures.map((f) => f.claimId)).toEqual(['records-2023']);
  });

  it('names the report that places most of them', () => {
    const reportsOfClaim = new Map([
      ['records-2023', ['how-many', 'andrei']],
      ['anna-2023', ['how-many']],
      ['records-dead', ['andrei', 'how-many']],
    ]);
    expect(mainReportOf(groups, reportsOfClaim)).toBe('how-many');
    expect(mainReportOf(groups, new Map())).toBeNull();
  });
});

describe('statusSpread', () => {
  it('counts claims by status in the vocabulary’s order, leaving out statuses no claim has', () => {
    const spread = statusSpread(claims);
    expect(spread.total).toBe(8);
    expect(spread.shares.map((s) => [s.label, s.count, s.percent])).toEqual([
      ['Reported', 2, 25],
      ['Unverified', 1, 13],
      ['Claimed', 4, 50],
      ['False', 1, 13],
    ]);
    expect(spread.shares[0]!.href).toBe('/claims/status/reported/');
  });
});

const report = (id: string, published: string, updated: string | undefined, corrections: Array<{ date: string; note: string }>, body = '') => ({
  id,
  data: reportSchema.parse({
    title: `Report ${id}`,
    summary: 'S.',
    published,
    updated,
    sources: ['gazette'],
    verification: { status: 'reported', basis: 'B.' },
    corrections,
  }),
  body,
});

describe('corrections and last update', () => {
  const reports = [
    report('a', '2026-11-21', '2026-11-29', [
      { date: '2026-11-27', note: 'Re-dated the account. It was a year late.' },
      { date: '2026-11-29', note: 'Gave CNN’s wording. Also marked Sergei.' },
    ]),
    report('b', '2026-11-21', '2026-11-28', [{ date: '2026-11-28', note: 'Corrected the U.S. figure to “up to” 10,000. The rest stands.' }]),
    report('c', '2026-11-25', undefined, []),
  ];

  it('lists the newest corrections first, each by its first sentence and linked to its report’s log', () => {
    expect(newestCorrections(reports, 2)).toEqual([
      { date: '2026-11-29', dateText: '29 November 2026', reportTitle: 'Report a', href: '/reports/a/#log', summary: 'Gave CNN’s wording.' },
      {
        date: '2026-11-28',
        dateText: '28 November 2026',
        reportTitle: 'Report b',
        href: '/reports/b/#log',
        summary: 'Corrected the U.S. figure to “up to” 10,000.',
      },
    ]);
    expect(newestCorrections(reports)).toHaveLength(3);
  });

  it('cuts a run-on first sentence at a word', () => {
    expect(firstSentence('one two three four five six', 12)).toBe('one two…');
  });

  it('dates the site by its newest publication, update or correction', () => {
    expect(lastUpdated(reports)).toEqual({ value: '2026-11-29', text: '29 November 2026' });
    expect(lastUpdated([report('c', '2026-11-25', undefined, [])])).toEqual({ value: '2026-11-25', text: '25 November 2026' });
    expect(lastUpdated([])).toBeNull();
  });

  it('gives each card the report’s own last change, not only the first-publication date reports share', () => {
    expect(reportCardDates(reports[0]!)).toMatchObject({
      published: { value: '2026-11-21' },
      updated: { value: '2026-11-29', text: '29 November 2026' },
      corrections: '2 corrections',
    });
    expect(reportCardDates(reports[1]!).updated?.value).toBe('2026-11-28');
    expect(reportCardDates(reports[2]!)).toMatchObject({ updated: null, corrections: null });
  });
});

describe('a report’s length and contents', () => {
  const mdx = [
    "import Map from './map.astro';",
    '',
    '## What this report finds',
    '',
    '- **One account.** <Claim id="x-y">CNN changed the names</Claim>, see [How it travelled](../how-the-story-travelled/).',
    '',
    '{/* an editor’s note */}',
    '<!-- and another -->',
    '> A quote — with a dash.',
  ].join('\n');

  it('counts the words a reader reads: no tags, link targets, markers, comments or imports', () => {
    // What this report finds / One account. / CNN changed the names, / see How it travelled / A quote with a dash.
    expect(proseWords(mdx)).toBe(4 + 2 + 4 + 4 + 5);
  });

  it('gives words and minutes at 230 words a minute, at least one', () => {
    expect(readingLength('word '.repeat(2760))).toEqual({ words: 2760, minutes: 12, text: '2,760 words, 12 min read' });
    expect(readingLength('').minutes).toBe(1);
  });

  it('nests subsections under their section and leaves deeper headings out', () => {
    expect(
      contentsList([
        { depth: 3, slug: 'lead-in', text: 'Lead-in' },
        { depth: 2, slug: 'findings', text: 'Findings' },
        { depth: 2, slug: 'the-records', text: 'The records' },
        { depth: 3, slug: 'british', text: 'The British figures' },
        { depth: 4, slug: 'deep', text: 'Too deep' },
      ]),
    ).toEqual([
      { href: '#lead-in', text: 'Lead-in', children: [] },
      { href: '#findings', text: 'Findings', children: [] },
      { href: '#the-records', text: 'The records', children: [{ href: '#british', text: 'The British figures' }] },
    ]);
  });
});

describe('a report’s “What we found” box and claim citations', () => {
  const certainty: Record<string, 'established' | 'probable' | 'hypothesis'> = {
    a: 'hypothesis',
    b: 'established',
    c: 'probable',
    d: 'established',
    e: 'established',
  };

  it('puts established findings first, in the report’s order, and counts the rest', () => {
    expect(leadFindings(['a', 'b', 'c', 'd', 'e'], (id) => certainty[id])).toEqual({ ids: ['b', 'd', 'e'], more: 2 });
    expect(leadFindings(['a', 'c', 'gone'], (id) => certainty[id])).toEqual({ ids: ['c', 'a'], more: 0 });
  });

  it('cites a claim by the report, the statement and its place in the page', () => {
    expect(
      claimCitation({
        siteName: 'From Colony to Front',
        reportTitle: 'Volunteers leave the lakeside colony',
        published: '2026-11-01',
        statement: 'The colony set a quota of 317 recruits.',
        url: 'https://colony.example/reports/lakeside/#claim-quota',
      }),
    ).toBe(
      'From Colony to Front, “Volunteers leave the lakeside colony”, 1 November 2026: “The colony set a quota of 317 recruits”. https://colony.example/reports/lakeside/#claim-quota',
    );
  });
});
