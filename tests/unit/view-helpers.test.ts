/** Figures grouping, timeline years, the lineage forest, citations and the corrections log. */
import { describe, expect, it } from 'vitest';
import { claimSchema, type Claim } from '../../src/schema/index.ts';
import { chartData, describeGroup, figureGroups } from '../../src/lib/views/figures.ts';
import { groupByYear } from '../../src/lib/views/timeline.ts';
import { lineageForest } from '../../src/lib/content/lineage.ts';
import { citation, reportLog } from '../../src/lib/views/report.ts';

const claim = (id: string, over: Record<string, unknown>): { id: string; data: Claim } => ({
  id,
  data: claimSchema.parse({
    id,
    statement: `Statement ${id}.`,
    claimant: { name: 'Herald', identification: 'institution', kind: 'outlet' },
    date: '2023',
    sources: [{ id: 'src' }],
    status: 'reported',
    basis: 'One outlet.',
    ...over,
  }),
});

describe('figureGroups', () => {
  const claims = [
    claim('killed-2024', { figure: { low: 600, high: 900, unit: 'prisoners', measure: 'killed', kind: 'estimate', asOf: '2024-02' } }),
    claim('recruited-2023', { figure: { value: 1200, unit: 'prisoners', measure: 'recruited', kind: 'self-reported', asOf: '2023-06' }, claimant: { name: 'Ministry', identification: 'institution', kind: 'outlet' }, status: 'claimed' }),
    claim('no-figure', {}),
    claim('recruited-2022', { figure: { value: 317, unit: 'recruits', measure: 'recruited', kind: 'count', asOf: '2022-08', atLeast: true } }),
  ];
  const groups = figureGroups(claims);

  it('groups by measure in the schema order, oldest figure first, skipping claims without figures', () => {
    expect(groups.map((g) => g.measure)).toEqual(['recruited', 'killed']);
    expect(groups[0]!.rows.map((r) => r.claimId)).toEqual(['recruited-2022', 'recruited-2023']);
    expect(groups[0]!.units).toEqual(['recruits', 'prisoners']);
  });

  it('keeps what the table needs: claimant, figure text, status', () => {
    expect(groups[0]!.rows[1]).toMatchObject({ claimant: 'Ministry', text: '1,200 prisoners', status: 'claimed' });
    expect(groups[0]!.rows[0]!.text).toBe('at least 317 recruits');
  });

  it('turns rows into chart data, one series per claimant', () => {
    const data = chartData(groups[0]!.rows);
    expect(data.map((d) => d.seriesKey)).toEqual(['herald', 'ministry']);
    expect(data[0]).toMatchObject({ date: '2022-08', value: 317, atLeast: true });
    expect(data[0]!.label).toBe('Herald, as of August 2022: at least 317 recruits (count)');
  });

  it('describes a chart in words', () => {
    expect(describeGroup(groups[1]!)).toMatch(/^1 figure from Herald, from February 2024 \(600–900 prisoners, Herald\)/);
  });
});

describe('groupByYear', () => {
  it('groups dated events into years in order', () => {
    const events = [
      { id: 'a', data: { date: '2022-07' } },
      { id: 'b', data: { date: '2022-08-10' } },
      { id: 'c', data: { date: '2023' } },
      { id: 'd', data: { date: '2024-02-20' } },
    ];
    expect(groupByYear(events).map((y) => [y.year, y.events.map((e) => e.id)])).toEqual([
      [2022, ['a', 'b']],
      [2023, ['c']],
      [2024, ['d']],
    ]);
    expect(groupByYear([])).toEqual([]);
  });
});

describe('lineageForest', () => {
  const ids = (nodes: ReturnType<typeof lineageForest>): unknown => nodes.map((n) => (n.children.length ? { [n.source.id]: ids(n.children) } : n.source.id));

  it('nests copies under the text they were made from, keeping input order', () => {
    const sources = [
      { id: 'cnn', outlet: 'CNN' },
      { id: 'translation', outlet: 'Mirror', derivedFrom: 'cnn' },
      { id: 'excerpt', outlet: 'GDC', derivedFrom: 'cnn' },
      { id: 'rewrite', outlet: 'Farm', derivedFrom: 'translation' },
      { id: 'bbc', outlet: 'BBC' },
    ];
    expect(ids(lineageForest(sources))).toEqual([{ cnn: [{ translation: ['rewrite'] }, 'excerpt'] }, 'bbc']);
  });

  it('treats a copy of an unrecorded original as a root, and cuts cycles without losing sources', () => {
    expect(ids(lineageForest([{ id: 'orphan', outlet: 'X', derivedFrom: 'missing' }]))).toEqual(['orphan']);
    const cycle = [
      { id: 'a', outlet: 'A', derivedFrom: 'b' },
      { id: 'b', outlet: 'B', derivedFrom: 'a' },
    ];
    expect(ids(lineageForest(cycle))).toEqual([{ a: ['b'] }]);
  });
});

describe('citation', () => {
  it('names the publisher, title, dates and address', () => {
    expect(citation({ siteName: 'From Colony to Front', title: 'Volunteers leave the colony', published: '2026-11-01', updated: '2026-11-03', url: 'https://x.example/reports/v/' })).toBe(
      'From Colony to Front, “Volunteers leave the colony”, 1 November 2026, updated 3 November 2026. https://x.example/reports/v/',
    );
  });
  it('omits an update on the day of publication and a title’s final full stop', () => {
    expect(citation({ siteName: 'S', title: 'A title.', published: '2026-11-01', updated: '2026-11-01', url: 'https://x.example/' })).toBe('S, “A title”, 1 November 2026. https://x.example/');
  });
});

describe('reportLog', () => {
  it('lists corrections, then publication, newest first', () => {
    const log = reportLog({ published: '2026-11-01', updated: '2026-11-03', corrections: [{ date: '2026-11-03', note: 'Fixed a number.' }] });
    expect(log).toEqual([
      { date: '2026-11-03', kind: 'correction', note: 'Fixed a number.' },
      { date: '2026-11-01', kind: 'published', note: 'First published.' },
    ]);
  });
  it('records an update no correction explains', () => {
    expect(reportLog({ published: '2026-11-01', updated: '2026-12-01', corrections: [] }).map((e) => e.kind)).toEqual(['updated', 'published']);
    expect(reportLog({ published: '2026-11-01', corrections: [] }).map((e) => e.kind)).toEqual(['published']);
  });
});
