import { describe, expect, it } from 'vitest';
import { buildChart, markerPath, niceStep, valueTicks, yearPosition, type ChartDatum } from '../../src/lib/views/figure-chart.ts';

const datum = (over: Partial<ChartDatum> & Pick<ChartDatum, 'claimId' | 'date'>): ChartDatum => ({
  seriesKey: 'herald',
  seriesLabel: 'Herald',
  label: over.claimId,
  ...over,
});

describe('time scale', () => {
  it('places a date in the middle of its period', () => {
    expect(yearPosition('2023')).toBe(2023.5);
    expect(yearPosition('2023-01')).toBeCloseTo(2023 + 0.5 / 12);
    expect(yearPosition('2023-12')).toBeCloseTo(2023 + 11.5 / 12);
    expect(yearPosition('2023-01-01')).toBeCloseTo(2023 + 0.5 / 365);
    expect(yearPosition('2024-12-31')).toBeCloseTo(2024 + 365.5 / 366);
  });
  it('refuses text that is not a date', () => {
    expect(() => yearPosition('soon')).toThrow(/not a date/);
  });
});

describe('value scale', () => {
  it('picks round steps', () => {
    expect(niceStep(2000)).toBe(500);
    expect(niceStep(900)).toBe(250);
    expect(niceStep(317)).toBe(100);
    expect(niceStep(3)).toBe(1);
    expect(niceStep(0)).toBe(1);
  });
  it('runs from zero to the first tick that covers the maximum', () => {
    expect(valueTicks(2000)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(valueTicks(900)).toEqual([0, 250, 500, 750, 1000]);
    expect(valueTicks(48366)).toEqual([0, 20000, 40000, 60000]);
    expect(valueTicks(5)).toEqual([0, 2, 4, 6]);
    expect(valueTicks(0)).toEqual([0, 1]);
  });
});

describe('buildChart', () => {
  const data: ChartDatum[] = [
    datum({ claimId: 'h-2024', date: '2024-02', value: 2000, atLeast: true }),
    datum({ claimId: 'h-2022', date: '2022-09', low: 250, high: 400 }),
    datum({ claimId: 'm-2023', date: '2023-06', value: 1200, seriesKey: 'ministry', seriesLabel: 'Ministry' }),
  ];
  const chart = buildChart(data, { width: 600, height: 300, margin: { top: 0, right: 0, bottom: 0, left: 0 } });

  it('spans whole years, with a line at each year start and a label in each year', () => {
    expect(chart.yearLabels.map((l) => l.label)).toEqual(['2022', '2023', '2024']);
    expect(chart.yearLines).toEqual([0, 200, 400, 600]);
    expect(chart.yearLabels.map((l) => l.x)).toEqual([100, 300, 500]);
  });

  it('maps values linearly from the baseline to the top tick', () => {
    expect(chart.yTicks.map((t) => [t.label, t.y])).toEqual([
      ['0', 300],
      ['500', 225],
      ['1,000', 150],
      ['1,500', 75],
      ['2,000', 0],
    ]);
  });

  it('makes one series per claimant, each with its own marker and dash', () => {
    expect(chart.series.map((s) => [s.label, s.marker, s.dash])).toEqual([
      ['Herald', 'circle', undefined],
      ['Ministry', 'square', '7 4'],
    ]);
  });

  it('orders points by date and joins them with a line', () => {
    const herald = chart.series[0]!;
    expect(herald.points.map((p) => p.claimId)).toEqual(['h-2022', 'h-2024']);
    const [first, second] = herald.points;
    expect(herald.path).toBe(`M${first!.x} ${first!.y}L${second!.x} ${second!.y}`);
    // A single figure is a point, not a line.
    expect(chart.series[1]!.path).toBeNull();
  });

  it('draws a range at its midpoint with its low and high extent, and flags floors', () => {
    const [range, floor] = chart.series[0]!.points;
    // Pixels are rounded to a tenth: 300 - 325/2000 × 300 = 251.25.
    expect(range!.y).toBe(251.3);
    expect([range!.yLow, range!.yHigh]).toEqual([262.5, 240]);
    expect(range!.atLeast).toBe(false);
    expect(floor!.y).toBe(0);
    expect(floor!.yLow).toBeUndefined();
    expect(floor!.atLeast).toBe(true);
  });

  it('handles a single figure in a single year', () => {
    const one = buildChart([datum({ claimId: 'x', date: '2023', value: 6 })], { width: 100, height: 100, margin: { top: 0, right: 0, bottom: 0, left: 0 } });
    expect(one.yearLabels).toEqual([{ x: 50, label: '2023' }]);
    expect(one.series[0]!.points[0]).toMatchObject({ x: 50, y: 0 });
  });
});

describe('markers', () => {
  it('draws closed shapes centred on the point', () => {
    expect(markerPath('square', 10, 10, 2)).toBe('M8 8h4v4h-4Z');
    expect(markerPath('circle', 10, 10, 2)).toMatch(/^M8 10a2 2/);
    expect(markerPath('cross', 10, 10, 2)).toBe('M8 8L12 12M12 8L8 12');
  });
});
