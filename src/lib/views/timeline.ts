/** The timeline: events in date order, grouped by year. */
import { parsePartialDate } from '../../schema/fields.ts';
import type { StatusId } from '../../schema/status.ts';
import type { SiteIndex } from '../site-index/build.ts';
import { routes } from '../routing/routes.ts';
import { formatDate } from '../text/format.ts';

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

export interface TimelineEventView {
  id: string;
  date: string;
  dateText: string;
  title: string;
  description: string | null;
  /** Published claims only; an event's unpublished ones are left out. */
  claims: Array<{ status: StatusId; href: string; statement: string }>;
  reports: Array<{ href: string; title: string }>;
}

/** The timeline page: years in order, each event with its published claims and reports. */
export function timelinePage(site: Pick<SiteIndex, 'events' | 'claimById' | 'reportById'>): Array<{ year: number; events: TimelineEventView[] }> {
  return groupByYear(site.events).map(({ year, events }) => ({
    year,
    events: events.map(({ id, data: e }) => ({
      id,
      date: e.date,
      dateText: formatDate(e.date),
      title: e.title,
      description: e.description ?? null,
      claims: e.claims.flatMap((c) => {
        const claim = site.claimById.get(c);
        return claim ? [{ status: claim.data.status, href: routes.claim(c), statement: claim.data.statement }] : [];
      }),
      reports: e.reports.flatMap((r) => {
        const report = site.reportById.get(r);
        return report ? [{ href: routes.report(r), title: report.data.title }] : [];
      }),
    })),
  }));
}
