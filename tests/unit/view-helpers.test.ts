/** Figures grouping, timeline years, the lineage forest, citations and the corrections log. */
import { describe, expect, it } from 'vitest';
import { claimSchema, type Claim } from '../../src/schema/index.ts';
import { chartData, describeGroup, figureGroups, figureWords } from '../../src/lib/views/figures.ts';
import { localiseRecords } from '../../src/lib/i18n/records.ts';
import { groupByYear } from '../../src/lib/views/timeline.ts';
import { lineageForest } from '../../src/lib/content/source-lineage.ts';
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
    claim('killed-2024', {
      figure: {
        period: 'running-total',
        population: 'prisoners',
        low: 600,
        high: 900,
        unit: 'prisoners',
        measure: 'killed',
        kind: 'estimate',
        asOf: '2024-02',
      },
    }),
    claim('recruited-2023', {
      figure: {
        period: 'running-total',
        population: 'prisoners',
        value: 1200,
        unit: 'prisoners',
        measure: 'recruited',
        kind: 'self-reported',
        asOf: '2023-06',
      },
      claimant: { name: 'Ministry', identification: 'institution', kind: 'party-to-war' },
      status: 'claimed',
    }),
    claim('no-figure', {}),
    // A one-month intake and a count of all of a force's fighters: in the table, never on the chart.
    claim('recruited-april-flow', {
      figure: {
        value: 10000,
        unit: 'convicts',
        measure: 'recruited',
        kind: 'estimate',
        asOf: '2023-04-30',
        period: 'flow',
        from: '2023-04-01',
        population: 'prisoners',
      },
    }),
    claim('recruited-all-fighters', {
      figure: { value: 50000, unit: 'fighters', measure: 'recruited', kind: 'estimate', asOf: '2023-01', period: 'running-total', population: 'all-fighters' },
      claimant: { name: 'Ministry', identification: 'institution', kind: 'outlet' },
    }),
    claim('recruited-series-a', {
      figure: {
        ...{ value: 3000, unit: 'prisoners', measure: 'recruited', kind: 'estimate', asOf: '2022-09' },
        period: 'running-total',
        population: 'prisoners',
        series: 'campaigner-totals',
      },
      claimant: { name: 'Campaigner', identification: 'named', kind: 'witness' },
    }),
    claim('recruited-series-b', {
      figure: {
        value: 20000,
        unit: 'prisoners',
        measure: 'recruited',
        kind: 'estimate',
        asOf: '2022-10',
        period: 'running-total',
        population: 'prisoners',
        series: 'campaigner-totals',
      },
      claimant: { name: 'Campaigner (interview)', identification: 'named', kind: 'witness' },
    }),
    claim('recruited-2022', {
      figure: {
        period: 'running-total',
        population: 'prisoners',
        value: 317,
        unit: 'recruits',
        measure: 'recruited',
        kind: 'count',
        asOf: '2022-08',
        atLeast: true,
      },
    }),
  ];
  const groups = figureGroups(claims, 'en');

  it('groups by measure in the schema order, oldest figure first, skipping claims without figures', () => {
    expect(groups.map((g) => g.measure)).toEqual(['recruited', 'killed']);
    expect(groups[0]!.rows.map((r) => r.claimId)).toEqual([
      'recruited-2022',
      'recruited-series-a',
      'recruited-series-b',
      'recruited-all-fighters',
      'recruited-april-flow',
      'recruited-2023',
    ]);
    expect(groups[0]!.units).toEqual(['recruits', 'prisoners', 'fighters', 'convicts']);
  });

  it('keeps what the table needs: claimant, figure text, status', () => {
    expect(groups[0]!.rows[5]).toMatchObject({
      claimant: 'Ministry',
      text: '1,200 prisoners',
      status: 'claimed',
      period: 'Running total to June 2023',
      population: 'Prisoners',
      published: '2023',
    });
    expect(groups[0]!.rows[4]).toMatchObject({ period: 'Flow over a period, 1 April 2023 to 30 April 2023', charted: false });
    expect(groups[0]!.rows[0]!.text).toBe('at least 317 recruits');
  });

  it('charts only running totals of prisoners: one series per claimant, or per declared series', () => {
    const data = chartData(groups[0]!.rows, 'en');
    expect(data.map((d) => d.claimId)).toEqual(['recruited-2022', 'recruited-series-a', 'recruited-series-b', 'recruited-2023']);
    expect(data.map((d) => d.seriesKey)).toEqual(['herald', 'campaigner-totals', 'campaigner-totals', 'ministry']);
    expect(data[0]).toMatchObject({ date: '2022-08', value: 317, atLeast: true });
    expect(data[0]!.label).toBe('Herald, as of August 2022: at least 317 recruits (count)');
  });

  it('describes a chart in words', () => {
    expect(describeGroup(groups[1]!, 'en')).toMatch(/^1 figure \(running totals of prisoners\) from Herald, from February 2024 \(600–900 prisoners, Herald\)/);
    expect(describeGroup(groups[0]!, 'en')).toContain('2 figures count something else and are in the table only.');
  });
});

describe('figures on a Russian page', () => {
  const figure = {
    period: 'running-total',
    population: 'prisoners',
    value: 48366,
    atLeast: true,
    unit: 'prisoners',
    measure: 'recruited',
    kind: 'estimate',
    asOf: '2023-05',
  };
  const translated = claim('translated', {
    figure: { ...figure, method: 'Court records' },
    ru: { statement: 'Утверждение.', unit: 'заключённых', method: 'Судебные записи' },
  });
  const untranslated = claim('untranslated', {
    figure: { ...figure, asOf: '2023-06' },
    claimant: { name: 'Ministry', identification: 'institution', kind: 'party-to-war' },
    status: 'claimed',
  });
  const { claims } = localiseRecords('ru', { claims: [translated, untranslated], findings: [], reports: [] }, new Map());

  it('words a translated figure in Russian: floor, digits, unit, kind, date and method', () => {
    expect(figureWords('ru', claims[0]!.data)).toEqual({
      lang: 'ru',
      amount: 'не менее 48\u00a0366 заключённых',
      kind: 'Оценка',
      line: 'не менее 48\u00a0366 заключённых (оценка, по состоянию на май 2023 г.). Методика: Судебные записи',
      method: 'Судебные записи',
    });
  });

  it('keeps a figure with no translation whole in English, and says so, rather than half in each language', () => {
    expect(figureWords('ru', claims[1]!.data)).toMatchObject({
      lang: 'en',
      amount: 'at least 48,366 prisoners',
      kind: 'Оценка',
      line: 'at least 48,366 prisoners (estimate, as of June 2023)',
    });
  });

  it('gives the table, chart and description in Russian', () => {
    const [group] = figureGroups(claims, 'ru');
    expect(group!.label).toBe('Завербовано заключённых');
    expect(group!.rows[0]).toMatchObject({ period: 'Нарастающим итогом на май 2023 г.', population: 'Заключённые' });
    expect(chartData(group!.rows, 'ru')[0]!.label).toBe('Herald, на май 2023 г.: не менее 48\u00a0366 заключённых (оценка)');
    expect(describeGroup(group!, 'ru')).toMatch(/^2 цифры \(нарастающие итоги по заключённым\) от источников: Herald, Ministry;/);
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
    expect(
      citation({
        siteName: 'From Colony to Front',
        title: 'Volunteers leave the colony',
        published: '2026-11-01',
        updated: '2026-11-03',
        url: 'https://x.example/reports/v/',
      }),
    ).toBe('From Colony to Front, “Volunteers leave the colony”, 1 November 2026, updated 3 November 2026. https://x.example/reports/v/');
  });
  it('omits an update on the day of publication and a title’s final full stop', () => {
    expect(citation({ siteName: 'S', title: 'A title.', published: '2026-11-01', updated: '2026-11-01', url: 'https://x.example/' })).toBe(
      'S, “A title”, 1 November 2026. https://x.example/',
    );
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
