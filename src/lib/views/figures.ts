/** Figures given in claims (numbers of prisoners recruited, killed…), grouped for the figures page, worded in the page's language. */
import { FIGURE_MEASURES, type Claim } from '../../schema/index.ts';
import type { Entry } from '../site-index/build.ts';
import type { ChartDatum } from './figure-chart.ts';
import { routes } from '../routing/routes.ts';
import { formatDate } from '../text/format.ts';
import { formatNumberIn } from '../text/intl-format.ts';
import { inSentence, claimantLabel } from '../text/labels.ts';
import type { Locale } from '../text/locales.ts';
import { t, tn } from '../i18n/messages.ts';
import { figureLanguage } from '../i18n/records.ts';

type Measure = (typeof FIGURE_MEASURES)[number];
type Figure = NonNullable<Claim['figure']>;

/** A figure's own words (amount and unit, method) and the language they are in, which on a translated page may still be English. */
export interface FigureWords {
  lang: Locale;
  /** "at least 2,000 prisoners", "не менее 2 000 заключённых". */
  amount: string;
  /** "Estimate", in the page's language. */
  kind: string;
  /** The amount with its kind, date and method: "600–900 prisoners (self-reported, as of May 2024). Method: …" */
  line: string;
  method: string | null;
}

/** How a claim's figure reads on a page in `locale`: in the claim's words for that language, or all in English where it has none. */
export function figureWords(locale: Locale, claim: Claim): FigureWords | null {
  const f = claim.figure;
  if (!f) return null;
  const lang = figureLanguage(locale, claim);
  const n = (v: number) => formatNumberIn(lang, v);
  const amount = t(lang, f.atLeast ? 'figure.atLeast' : 'figure.amount', {
    amount: f.value !== undefined ? n(f.value) : `${n(f.low ?? 0)}–${n(f.high ?? 0)}`,
    unit: f.unit,
  });
  const kind = t(locale, `figureKind.${f.kind}`);
  const lineParams = { figure: amount, kind: inSentence(t(lang, `figureKind.${f.kind}`)), date: formatDate(f.asOf, lang) };
  return {
    lang,
    amount,
    kind,
    line: f.method ? t(lang, 'figure.lineWithMethod', { ...lineParams, method: f.method }) : t(lang, 'figure.line', lineParams),
    method: f.method ?? null,
  };
}

export interface FigureRow {
  claimId: string;
  claimant: string;
  /** Groups a claimant's figures into one series, whatever the wording of their label. */
  claimantKey: string;
  asOf: string;
  figure: Figure;
  /** The amount, in the figure's words (words.lang). */
  text: string;
  words: FigureWords;
  /** The figure's kind as the table shows it. */
  kind: string;
  /** The claim's statement, for the status link's accessible name. */
  statement: string;
  href: string;
  status: Claim['status'];
  /** What span the figure counts, and of whom, in words; "not stated" where the record does not say. */
  period: string;
  population: string;
  /** When the claim was made: not the date the figure counts to. */
  published: string;
  /** Whether the figure is like the others on the chart (see CHART_BASIS). */
  charted: boolean;
}

/**
 * What a measure's chart plots: only figures counting the same span of the same population, so
 * that a one-month intake is not drawn among running totals, nor all of Wagner among prisoners.
 * A figure that does not say what it counts stays in the table only.
 */
const CHART_BASIS: Record<
  Measure,
  { period: Figure['period']; population: Figure['population']; text: 'figures.basis.prisoners' | 'figures.basis.colonies' } | null
> = {
  recruited: { period: 'running-total', population: 'prisoners', text: 'figures.basis.prisoners' },
  deployed: { period: 'running-total', population: 'prisoners', text: 'figures.basis.prisoners' },
  killed: { period: 'running-total', population: 'prisoners', text: 'figures.basis.prisoners' },
  returned: { period: 'running-total', population: 'prisoners', text: 'figures.basis.prisoners' },
  'prison-population': { period: 'stock', population: 'colony-population', text: 'figures.basis.colonies' },
  other: null,
};

function periodText(locale: Locale, f: Figure): string {
  if (!f.period) return t(locale, 'figure.notStated');
  const period = t(locale, `figurePeriod.${f.period}`);
  if (f.period === 'flow')
    return f.from ? t(locale, 'figure.flowFrom', { period, from: formatDate(f.from, locale), date: formatDate(f.asOf, locale) }) : period;
  return t(locale, 'figure.periodTo', { period, date: formatDate(f.asOf, locale) });
}

export interface FigureGroup {
  measure: Measure;
  label: string;
  units: string[];
  rows: FigureRow[];
}

/** Claims with a figure, by measure (in the schema's order), each oldest first, worded for a page in `locale`. */
export function figureGroups(claims: readonly Entry<Claim>[], locale: Locale): FigureGroup[] {
  const byMeasure = new Map<Measure, FigureRow[]>();
  for (const c of claims) {
    const f = c.data.figure;
    if (!f) continue;
    const words = figureWords(locale, c.data)!;
    const row: FigureRow = {
      claimId: c.id,
      claimant: claimantLabel(c.data.claimant),
      // A declared series (a claimant's estimates over time) is one line; otherwise one per claimant.
      claimantKey: f.series ?? c.data.claimant.name.trim().toLowerCase(),
      asOf: f.asOf,
      figure: f,
      text: words.amount,
      words,
      kind: words.kind,
      statement: c.data.statement,
      href: routes.claim(c.id),
      status: c.data.status,
      period: periodText(locale, f),
      population: f.population ? t(locale, `figurePopulation.${f.population}`) : t(locale, 'figure.notStated'),
      published: c.data.date,
      charted: CHART_BASIS[f.measure] !== null && f.period === CHART_BASIS[f.measure]!.period && f.population === CHART_BASIS[f.measure]!.population,
    };
    byMeasure.set(f.measure, [...(byMeasure.get(f.measure) ?? []), row]);
  }
  return FIGURE_MEASURES.filter((m) => byMeasure.has(m)).map((measure) => {
    const rows = byMeasure
      .get(measure)!
      .sort((a, b) => a.asOf.localeCompare(b.asOf) || a.claimant.localeCompare(b.claimant) || a.claimId.localeCompare(b.claimId));
    return { measure, label: t(locale, `measure.${measure}`), units: [...new Set(rows.map((r) => r.figure.unit))], rows };
  });
}

/** The comparable rows as chart data: one series per claimant, or per declared series. */
export function chartData(rows: readonly FigureRow[], locale: Locale): ChartDatum[] {
  return rows
    .filter((r) => r.charted)
    .map((r) => ({
      claimId: r.claimId,
      seriesKey: r.claimantKey,
      seriesLabel: r.claimant,
      date: r.asOf,
      value: r.figure.value,
      low: r.figure.low,
      high: r.figure.high,
      atLeast: r.figure.atLeast,
      label: t(locale, 'figures.chartPoint', { claimant: r.claimant, date: formatDate(r.asOf, locale), figure: r.text, kind: inSentence(r.kind) }),
    }));
}

/** A sentence describing the chart for its <desc>: what it shows and its extremes. */
export function describeGroup(group: FigureGroup, locale: Locale): string {
  const rows = group.rows.filter((r) => r.charted);
  if (rows.length === 0) return t(locale, 'figures.describeNone');
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const left = group.rows.length - rows.length;
  return (
    t(locale, 'figures.describe', {
      count: tn(locale, 'figures.describeCount', rows.length),
      basis: t(locale, CHART_BASIS[group.measure]!.text),
      claimants: [...new Set(rows.map((r) => r.claimant))].join(', '),
      firstDate: formatDate(first.asOf, locale),
      firstFigure: first.text,
      firstClaimant: first.claimant,
      lastDate: formatDate(last.asOf, locale),
      lastFigure: last.text,
      lastClaimant: last.claimant,
    }) +
    (left > 0 ? tn(locale, 'figures.describeLeft', left) : '') +
    t(locale, 'figures.describeEnd')
  );
}

/** The chart's title: "Prisoners recruited: figures over time, by who gave them". */
export function chartTitle(group: FigureGroup, locale: Locale): string {
  return t(locale, 'figures.chartTitle', { measure: group.label });
}
