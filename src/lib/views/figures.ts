/** Figures given in claims (numbers of prisoners recruited, killed…), grouped for the figures page. */
import { FIGURE_MEASURES, type Claim } from '../../schema/index.ts';
import type { Entry } from '../site-index/build.ts';
import type { ChartDatum } from './figure-chart.ts';
import { routes } from '../routing/routes.ts';
import { formatDate, formatFigure } from '../text/format.ts';
import { FIGURE_KIND_LABELS, inSentence, MEASURE_LABELS, claimantLabel } from '../text/labels.ts';

type Measure = (typeof FIGURE_MEASURES)[number];
type Figure = NonNullable<Claim['figure']>;

export interface FigureRow {
  claimId: string;
  claimant: string;
  /** Groups a claimant's figures into one series, whatever the wording of their label. */
  claimantKey: string;
  asOf: string;
  figure: Figure;
  text: string;
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
const CHART_BASIS: Record<Measure, { period: Figure['period']; population: Figure['population']; text: string } | null> = {
  recruited: { period: 'running-total', population: 'prisoners', text: 'running totals of prisoners' },
  deployed: { period: 'running-total', population: 'prisoners', text: 'running totals of prisoners' },
  killed: { period: 'running-total', population: 'prisoners', text: 'running totals of prisoners' },
  returned: { period: 'running-total', population: 'prisoners', text: 'running totals of prisoners' },
  'prison-population': { period: 'stock', population: 'colony-population', text: 'the number held in colonies at a date' },
  other: null,
};

const PERIOD_TEXT: Record<NonNullable<Figure['period']>, string> = { 'running-total': 'Running total', flow: 'Flow over a period', stock: 'At one date' };
const POPULATION_TEXT: Record<NonNullable<Figure['population']>, string> = {
  prisoners: 'Prisoners',
  'all-fighters': 'All fighters of the force',
  'all-troops': 'All troops',
  'colony-population': 'People held in colonies',
};

function periodText(f: Figure): string {
  if (!f.period) return 'Not stated';
  if (f.period === 'flow') return `${PERIOD_TEXT.flow}${f.from ? `, ${formatDate(f.from)} to ${formatDate(f.asOf)}` : ''}`;
  return `${PERIOD_TEXT[f.period]} to ${formatDate(f.asOf)}`;
}

export interface FigureGroup {
  measure: Measure;
  label: string;
  units: string[];
  rows: FigureRow[];
}

/** Claims with a figure, by measure (in the schema's order), each oldest first. */
export function figureGroups(claims: readonly Entry<Claim>[]): FigureGroup[] {
  const byMeasure = new Map<Measure, FigureRow[]>();
  for (const c of claims) {
    const f = c.data.figure;
    if (!f) continue;
    const row: FigureRow = {
      claimId: c.id,
      claimant: claimantLabel(c.data.claimant),
      // A declared series (a claimant's estimates over time) is one line; otherwise one per claimant.
      claimantKey: f.series ?? c.data.claimant.name.trim().toLowerCase(),
      asOf: f.asOf,
      figure: f,
      text: formatFigure(f),
      kind: FIGURE_KIND_LABELS[f.kind],
      statement: c.data.statement,
      href: routes.claim(c.id),
      status: c.data.status,
      period: periodText(f),
      population: f.population ? POPULATION_TEXT[f.population] : 'Not stated',
      published: c.data.date,
      charted: CHART_BASIS[f.measure] !== null && f.period === CHART_BASIS[f.measure]!.period && f.population === CHART_BASIS[f.measure]!.population,
    };
    byMeasure.set(f.measure, [...(byMeasure.get(f.measure) ?? []), row]);
  }
  return FIGURE_MEASURES.filter((m) => byMeasure.has(m)).map((measure) => {
    const rows = byMeasure
      .get(measure)!
      .sort((a, b) => a.asOf.localeCompare(b.asOf) || a.claimant.localeCompare(b.claimant) || a.claimId.localeCompare(b.claimId));
    return { measure, label: MEASURE_LABELS[measure], units: [...new Set(rows.map((r) => r.figure.unit))], rows };
  });
}

/** The comparable rows as chart data: one series per claimant, or per declared series. */
export function chartData(rows: readonly FigureRow[]): ChartDatum[] {
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
      label: `${r.claimant}, as of ${formatDate(r.asOf)}: ${r.text} (${inSentence(r.kind)})`,
    }));
}

/** A sentence describing the chart for its <desc>: what it shows and its extremes. */
export function describeGroup(group: FigureGroup): string {
  const rows = group.rows.filter((r) => r.charted);
  if (rows.length === 0) return 'No figures here count the same thing, so none is charted. The table that follows gives every figure.';
  const claimants = [...new Set(rows.map((r) => r.claimant))];
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const left = group.rows.length - rows.length;
  return (
    `${rows.length} ${rows.length === 1 ? 'figure' : 'figures'} (${CHART_BASIS[group.measure]!.text}) from ${claimants.join(', ')}, ` +
    `from ${formatDate(first.asOf)} (${first.text}, ${first.claimant}) to ${formatDate(last.asOf)} (${last.text}, ${last.claimant}). ` +
    'Each claimant has its own marker shape and line; ranges are drawn as vertical bars. ' +
    (left > 0 ? `${left} ${left === 1 ? 'figure counts' : 'figures count'} something else and ${left === 1 ? 'is' : 'are'} in the table only. ` : '') +
    'The table that follows gives every figure.'
  );
}
