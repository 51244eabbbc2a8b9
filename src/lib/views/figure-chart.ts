/**
 * A time chart of figures, computed at build time: scales, ticks, marker shapes and line
 * paths as plain numbers and SVG path strings. The page only prints them, so no chart code
 * or library reaches the reader's browser.
 */
import { parsePartialDate } from '../../schema/fields.ts';
import { formatNumber } from '../text/format.ts';

export interface ChartDatum {
  claimId: string;
  /** Who gave the figure: one series (line and marker shape) per claimant. */
  seriesKey: string;
  seriesLabel: string;
  /** The date the figure is "as of", at its own precision. */
  date: string;
  value?: number | undefined;
  low?: number | undefined;
  high?: number | undefined;
  atLeast?: boolean | undefined;
  /** A one-line description of the point, shown as its tooltip. */
  label: string;
}

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';
/** Shapes and dash patterns cycle together so series differ without relying on colour. */
const MARKERS: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond', 'cross'];
const DASHES: readonly (string | undefined)[] = [undefined, '7 4', '2 4', '10 4 2 4', '4 2'];

interface ChartPoint {
  claimId: string;
  x: number;
  y: number;
  /** The pixel extent of a range (low–high); absent for a single value. */
  yLow?: number;
  yHigh?: number;
  atLeast: boolean;
  label: string;
}

interface ChartSeries {
  key: string;
  label: string;
  index: number;
  marker: MarkerShape;
  dash: string | undefined;
  points: ChartPoint[];
  /** A line through the series' points in date order; null for a single point. */
  path: string | null;
}

export interface Chart {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** Gridlines at the start of each year. */
  yearLines: number[];
  /** Year labels, centred in each year. */
  yearLabels: Array<{ x: number; label: string }>;
  yTicks: Array<{ y: number; value: number; label: string }>;
  series: ChartSeries[];
}

export interface ChartOptions {
  width?: number;
  height?: number;
  margin?: { top: number; right: number; bottom: number; left: number };
}

/**
 * A date as a fractional year, placed in the middle of its period: "2023" is mid-2023 and
 * "2023-06" is mid-June, so a coarse date is not drawn as if it meant 1 January.
 */
export function yearPosition(date: string): number {
  const d = parsePartialDate(date);
  if (!d) throw new Error(`not a date: "${date}"`);
  if (d.precision === 'year') return d.year + 0.5;
  if (d.precision === 'month') return d.year + (d.month! - 0.5) / 12;
  const start = Date.UTC(d.year, 0, 1);
  const length = Date.UTC(d.year + 1, 0, 1) - start;
  return d.year + (Date.UTC(d.year, d.month! - 1, d.day!) + 43_200_000 - start) / length;
}

/** A round step near range / count: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(range: number, count = 4): number {
  if (!(range > 0)) return 1;
  const raw = range / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw)! * power;
  return step < 1 ? 1 : step;
}

/**
 * Ticks from 0 to the first multiple of a nice step that covers max. Counted, not stepped to
 * a bound: with a huge or non-finite max, v += step could never reach it (or never move).
 */
export function valueTicks(max: number, count = 4): number[] {
  const safeMax = Number.isFinite(max) && max > 0 ? Math.min(max, Number.MAX_SAFE_INTEGER) : 0;
  const step = niceStep(safeMax, count);
  const steps = Math.min(count * 3, Math.max(1, Math.ceil(safeMax / step)));
  return Array.from({ length: steps + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6);
}

/** At most this many year gridlines, whatever span the dates cover. */
const MAX_YEAR_LINES = 30;

const round = (n: number) => Math.round(n * 10) / 10;

/** The SVG path of a marker centred on (x, y) with radius r. */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${round(x - r)} ${round(y)}a${r} ${r} 0 1 0 ${r * 2} 0a${r} ${r} 0 1 0 ${-r * 2} 0Z`;
    case 'square':
      return `M${round(x - r)} ${round(y - r)}h${r * 2}v${r * 2}h${-r * 2}Z`;
    case 'triangle':
      return `M${round(x)} ${round(y - r * 1.2)}L${round(x + r * 1.1)} ${round(y + r * 0.8)}L${round(x - r * 1.1)} ${round(y + r * 0.8)}Z`;
    case 'diamond':
      return `M${round(x)} ${round(y - r * 1.3)}L${round(x + r * 1.3)} ${round(y)}L${round(x)} ${round(y + r * 1.3)}L${round(x - r * 1.3)} ${round(y)}Z`;
    case 'cross':
      return `M${round(x - r)} ${round(y - r)}L${round(x + r)} ${round(y + r)}M${round(x + r)} ${round(y - r)}L${round(x - r)} ${round(y + r)}`;
  }
}

export function buildChart(data: readonly ChartDatum[], options: ChartOptions = {}): Chart {
  const width = options.width ?? 640;
  const height = options.height ?? 320;
  const margin = options.margin ?? { top: 32, right: 24, bottom: 40, left: 72 };
  const plot = { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom };

  const positions = data.map((d) => yearPosition(d.date));
  const firstYear = positions.length ? Math.floor(Math.min(...positions)) : new Date().getUTCFullYear();
  const lastYear = positions.length ? Math.floor(Math.max(...positions)) : firstYear;
  const x = (year: number) => round(plot.left + ((year - firstYear) / (lastYear + 1 - firstYear)) * (plot.right - plot.left));

  const top = (d: ChartDatum) => d.high ?? d.value ?? 0;
  const ticks = valueTicks(Math.max(0, ...data.map(top)));
  const max = ticks[ticks.length - 1]!;
  const y = (v: number) => round(plot.bottom - (v / max) * (plot.bottom - plot.top));

  const yearLines: number[] = [];
  const yearLabels: Chart['yearLabels'] = [];
  // A line every year, or every few years over a long span: the page never balloons.
  const yearStep = Math.max(1, Math.ceil((lastYear + 1 - firstYear) / MAX_YEAR_LINES));
  for (let year = firstYear; year <= lastYear + 1; year += yearStep) {
    yearLines.push(x(year));
    if (year <= lastYear)
      yearLabels.push({
        x: x(year + Math.min(yearStep, lastYear + 1 - year) / 2),
        label: yearStep > 1 ? `${year}–${Math.min(year + yearStep - 1, lastYear)}` : String(year),
      });
  }

  const keys = [...new Set(data.map((d) => d.seriesKey))].sort((a, b) => a.localeCompare(b));
  const series = keys.map((key, index): ChartSeries => {
    const members = data
      .map((d, i) => ({ d, at: positions[i]! }))
      .filter(({ d }) => d.seriesKey === key)
      .sort((a, b) => a.at - b.at || a.d.claimId.localeCompare(b.d.claimId));
    const points = members.map(({ d, at }): ChartPoint => {
      const isRange = d.value === undefined && d.low !== undefined && d.high !== undefined;
      const mid = isRange ? (d.low! + d.high!) / 2 : (d.value ?? 0);
      return {
        claimId: d.claimId,
        x: x(at),
        y: y(mid),
        ...(isRange ? { yLow: y(d.low!), yHigh: y(d.high!) } : {}),
        atLeast: d.atLeast ?? false,
        label: d.label,
      };
    });
    return {
      key,
      label: members[0]!.d.seriesLabel,
      index,
      marker: MARKERS[index % MARKERS.length]!,
      dash: DASHES[index % DASHES.length],
      points,
      path: points.length > 1 ? points.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join('') : null,
    };
  });

  return {
    width,
    height,
    plot,
    yearLines,
    yearLabels,
    yTicks: ticks.map((value) => ({ y: y(value), value, label: formatNumber(value) })),
    series,
  };
}
