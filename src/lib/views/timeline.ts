/** The timeline: events in date order, grouped by year. */
import { parsePartialDate } from '../../schema/fields.ts';

export interface Dated {
  id: string;
  data: { date: string };
}

/** Years in order, each with its events in order. Expects events sorted by date (site.events is). */
export function groupByYear<E extends Dated>(events: readonly E[]): Array<{ year: number; events: E[] }> {
  const years: Array<{ year: number; events: E[] }> = [];
  for (const e of events) {
    const year = parsePartialDate(e.data.date)?.year;
    if (year === undefined) continue;
    const last = years[years.length - 1];
    if (last?.year === year) last.events.push(e);
    else years.push({ year, events: [e] });
  }
  return years;
}
