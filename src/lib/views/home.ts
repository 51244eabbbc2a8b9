/**
 * The home page: what the site found and how sure it is, in the time a newcomer gives a page.
 * Headline figures (the latest comparable figure from each claimant), the spread of statuses,
 * the newest corrections and when the site last changed.
 */
import type { Claim, Report } from '../../schema/index.ts';
import type { StatusId } from '../../schema/status.ts';
import { STATUS_LIST, STATUSES } from '../text/labels.ts';
import type { Entry, SiteIndex } from '../site-index/build.ts';
import { routes } from '../routing/routes.ts';
import { figureGroups, type FigureRow } from './figures.ts';
import { formatDate } from '../text/format.ts';
import type { Locale } from '../text/locales.ts';
import { t, tn } from '../i18n/messages.ts';

/** The measures a newcomer asks about first, in the order the page gives them. */
const HEADLINE_MEASURES = ['recruited', 'deployed', 'killed'] as const;

interface HeadlineFigure {
  claimId: string;
  href: string;
  text: string;
  /** The language of `text`: English on a translated page where the figure has no translation. */
  lang: Locale;
  claimant: string;
  /** "to February 2023": the date the figure counts to. */
  asOf: string;
  asOfValue: string;
  status: StatusId;
}

export interface HeadlineGroup {
  measure: string;
  label: string;
  figures: HeadlineFigure[];
}

/**
 * Per measure, the latest comparable figure (the ones the figures page charts) of each claimant
 * or declared series, newest first, at most `perMeasure`. Older figures of one claimant are
 * steps of the same count and stay on the figures page.
 */
export function headlineFigures(claims: readonly Entry<Claim>[], locale: Locale, perMeasure = 3): HeadlineGroup[] {
  return figureGroups(claims, locale)
    .filter((g) => (HEADLINE_MEASURES as readonly string[]).includes(g.measure))
    .sort((a, b) => HEADLINE_MEASURES.indexOf(a.measure as never) - HEADLINE_MEASURES.indexOf(b.measure as never))
    .map((g) => {
      const latest = new Map<string, FigureRow>();
      for (const row of g.rows.filter((r) => r.charted)) latest.set(row.claimantKey, row); // rows come oldest first
      const figures = [...latest.values()]
        .sort((a, b) => b.asOf.localeCompare(a.asOf) || a.claimant.localeCompare(b.claimant))
        .slice(0, perMeasure)
        .map((r) => ({
          claimId: r.claimId,
          href: r.href,
          text: r.text,
          lang: r.words.lang,
          claimant: r.claimant,
          asOf: t(locale, 'figure.asOf', { date: formatDate(r.asOf, locale) }),
          asOfValue: r.asOf.slice(0, 10),
          status: r.status,
        }));
      return { measure: g.measure, label: g.label, figures };
    })
    .filter((g) => g.figures.length > 0);
}

export interface StatusShare {
  status: StatusId;
  label: string;
  count: number;
  /** Whole percent of all claims, for the bar's width; the count is what the page prints. */
  percent: number;
  href: string;
}

/** How many claims carry each status, every status in the vocabulary's order, empty ones left out. */
export function statusSpread(claims: readonly Entry<Claim>[]): { total: number; shares: StatusShare[] } {
  const counts = new Map<StatusId, number>();
  for (const c of claims) counts.set(c.data.status, (counts.get(c.data.status) ?? 0) + 1);
  const total = claims.length;
  const shares = STATUS_LIST.filter((s) => counts.has(s.id)).map((s) => ({
    status: s.id,
    label: STATUSES[s.id].label,
    count: counts.get(s.id)!,
    percent: Math.round((counts.get(s.id)! / total) * 100),
    href: routes.claimsWithStatus(s.id),
  }));
  return { total, shares };
}

export interface CorrectionItem {
  date: string;
  dateText: string;
  reportTitle: string;
  href: string;
  /** The note's first sentence: the page links to the whole log. */
  summary: string;
}

/** The first sentence of a note, cut at a word near `max` characters if it runs on. */
export function firstSentence(note: string, max = 220): string {
  const flat = note.replace(/\s+/g, ' ').trim();
  // A sentence ends at ". " before a capital, not inside "U.S." or after a quotation's closing mark.
  const end = /[.!?][”"’)]?\s(?=[A-Z“"(])/.exec(flat);
  const sentence = end ? flat.slice(0, end.index + end[0].trimEnd().length) : flat;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}

type ReportLike = Entry<Pick<Report, 'title' | 'published' | 'updated' | 'corrections'>>;

/** Every report's corrections, newest first (reports in their given order on the same day), at most `limit`. */
export function newestCorrections(reports: readonly ReportLike[], limit = 4): CorrectionItem[] {
  return reports
    .flatMap((r, order) => r.data.corrections.map((c, i) => ({ r, c, order, i })))
    .sort((a, b) => b.c.date.localeCompare(a.c.date) || a.order - b.order || b.i - a.i)
    .slice(0, limit)
    .map(({ r, c }) => ({
      date: c.date,
      dateText: formatDate(c.date),
      reportTitle: r.data.title,
      href: `${routes.report(r.id)}#log`,
      summary: firstSentence(c.note),
    }));
}

/** The newest date any report was published, updated or corrected; null for an empty site. */
export function lastUpdated(reports: readonly ReportLike[]): { value: string; text: string } | null {
  const dates = reports.flatMap((r) => [r.data.published, r.data.updated ?? '', ...r.data.corrections.map((c) => c.date)]).filter(Boolean);
  if (dates.length === 0) return null;
  const value = dates.reduce((a, b) => (b > a ? b : a));
  return { value, text: formatDate(value) };
}

/** The report that places the most headline figures: where a reader gets the whole account of them. */
export function mainReportOf(groups: readonly HeadlineGroup[], reportsOfClaim: ReadonlyMap<string, readonly string[]>): string | null {
  const tally = new Map<string, number>();
  for (const f of groups.flatMap((g) => g.figures)) for (const r of reportsOfClaim.get(f.claimId) ?? []) tally.set(r, (tally.get(r) ?? 0) + 1);
  let best: string | null = null;
  for (const [id, n] of tally) if (best === null || n > tally.get(best)!) best = id;
  return best;
}

type HomeIndex = Pick<SiteIndex, 'reports' | 'claims' | 'sources' | 'reportById' | 'reportsOfClaim'>;

/** The home page's one call: counts, headline figures, the spread of statuses, the newest corrections and reports. */
export function homeRoute(site: HomeIndex, locale: Locale) {
  const figures = headlineFigures(site.claims, locale);
  const figuresReportId = mainReportOf(figures, site.reportsOfClaim);
  const figuresReport = figuresReportId ? site.reportById.get(figuresReportId) : undefined;
  return {
    counts: {
      reports: tn(locale, 'home.reports', site.reports.length),
      claims: tn(locale, 'home.claims', site.claims.length),
      sources: tn(locale, 'home.sources', site.sources.length),
    },
    updated: lastUpdated(site.reports),
    figures,
    figuresReport: figuresReport ? { href: routes.report(figuresReport.id), title: figuresReport.data.title } : null,
    spread: statusSpread(site.claims),
    statusDefinitions: Object.fromEntries(STATUS_LIST.map((s) => [s.id, s.definition])) as Record<StatusId, string>,
    corrections: newestCorrections(site.reports),
    latest: site.reports.slice(0, 10),
  };
}
