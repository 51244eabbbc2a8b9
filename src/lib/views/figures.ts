/** Figures given in claims (numbers of prisoners recruited, killed…), grouped for the figures page. */
import { FIGURE_MEASURES, type Claim } from '../../schema/index.ts';
import type { Entry } from '../site-index/build.ts';
import type { ChartDatum } from '../output/chart.ts';
import { routes } from '../routing/routes.ts';
import { claimantLabel } from './claims.ts';
import { formatDate, formatFigure } from './format.ts';
import { FIGURE_KIND_LABELS, inSentence, MEASURE_LABELS } from './labels.ts';

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
      claimantKey: c.data.claimant.name.trim().toLowerCase(),
      asOf: f.asOf,
      figure: f,
      text: formatFigure(f),
      kind: FIGURE_KIND_LABELS[f.kind],
      statement: c.data.statement,
      href: routes.claim(c.id),
      status: c.data.status,
    };
    byMeasure.set(f.measure, [...(byMeasure.get(f.measure) ?? []), row]);
  }
  return FIGURE_MEASURES.filter((m) => byMeasure.has(m)).map((measure) => {
    const rows = byMeasure.get(measure)!.sort((a, b) => a.asOf.localeCompare(b.asOf) || a.claimant.localeCompare(b.claimant) || a.claimId.localeCompare(b.claimId));
    return { measure, label: MEASURE_LABELS[measure], units: [...new Set(rows.map((r) => r.figure.unit))], rows };
  });
}

/** The rows as chart data: one series per claimant. */
export function chartData(rows: readonly FigureRow[]): ChartDatum[] {
  return rows.map((r) => ({
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
  const claimants = [...new Set(group.rows.map((r) => r.claimant))];
  const first = group.rows[0]!;
  const last = group.rows[group.rows.length - 1]!;
  return (
    `${group.rows.length} ${group.rows.length === 1 ? 'figure' : 'figures'} from ${claimants.join(', ')}, ` +
    `from ${formatDate(first.asOf)} (${first.text}, ${first.claimant}) to ${formatDate(last.asOf)} (${last.text}, ${last.claimant}). ` +
    'Each claimant has its own marker shape and line; ranges are drawn as vertical bars. The table that follows gives every figure.'
  );
}
