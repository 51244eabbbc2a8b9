/** A report's page: what it shows around the text, its citation and its log of publication, updates and corrections. */
import type { Report } from '../../schema/index.ts';
import { SITE_NAME } from '../../config/site.ts';
import type { StatusId } from '../../schema/status.ts';
import type { SiteIndex } from '../site-index/build.ts';
import { routes } from '../routing/routes.ts';
import { claimCard, sourceItem, type ClaimCardView, type SourceItemView } from './cards.ts';
import { formatDate, plural, readingMinutes } from '../text/format.ts';
import { LOG_LABELS, STATUSES } from '../text/labels.ts';
import type { PageUrls } from '../routing/routes.ts';
import { findingViews, type FindingView } from './findings.ts';
import { newsArticle, type NewsArticleDocument } from '../output/jsonld.ts';
import { reportSearchRecord, type SearchRecord } from '../search/meta.ts';
import type { ResolvedCollation } from '../content/rules/collation/collation-rules.ts';
import { reportCollations, type CollationSummaryView } from './collation-view.ts';
import { collationLinks } from './collation-site.ts';
import { claimCitation, contentsList, leadFindings, readingLength, type ContentsEntry, type Heading, type ReadingLength } from './report-furniture.ts';
import { firstSentence } from './home.ts';
import { EDITORS } from '../../config/site.ts';
import { currentLocale, type Locale } from '../text/locales.ts';

export interface CitationInput {
  siteName: string;
  title: string;
  published: string;
  updated?: string | undefined;
  url: string;
}

/**
 * A plain citation: publisher, title, dates, URL. No author field: reports are published
 * by the project as a whole.
 */
export function citation(c: CitationInput): string {
  const dates = c.updated && c.updated !== c.published ? `${formatDate(c.published)}, updated ${formatDate(c.updated)}` : formatDate(c.published);
  return `${c.siteName}, “${c.title.replace(/[.\s]+$/, '')}”, ${dates}. ${c.url}`;
}

export interface LogEntry {
  date: string;
  kind: 'published' | 'updated' | 'correction';
  note: string;
}

/**
 * Newest first: corrections with their notes, the last update if no correction explains
 * it, and first publication.
 */
export function reportLog(a: Pick<Report, 'published' | 'updated' | 'corrections'>): LogEntry[] {
  const entries: LogEntry[] = a.corrections.map((c) => ({ date: c.date, kind: 'correction' as const, note: c.note }));
  if (a.updated && a.updated !== a.published && !a.corrections.some((c) => c.date === a.updated)) {
    entries.push({ date: a.updated, kind: 'updated', note: 'Updated.' });
  }
  entries.push({ date: a.published, kind: 'published', note: 'First published.' });
  const order = { correction: 0, updated: 1, published: 2 };
  return entries.sort((x, y) => y.date.localeCompare(x.date) || order[x.kind] - order[y.kind]);
}

export interface ReportPageView {
  id: string;
  title: string;
  summary: string;
  published: { value: string; text: string };
  updated: { value: string; text: string } | null;
  readingMinutes: number;
  /** "3 claims" */
  claimCount: string;
  /** "1 correction", or null when there is none. */
  correctionCount: string | null;
  verification: { status: StatusId; definition: string; basis: string };
  /** Claims listed in the frontmatter but not placed in the text, as cards after it. */
  unplaced: ClaimCardView[];
  /** Every claim, placed ones first: its status, its place in this page and its record. */
  claims: Array<{ id: string; status: StatusId; statement: string; anchor: string; recordHref: string; citeUrl: string }>;
  sources: SourceItemView[];
  log: Array<{ kind: LogEntry['kind']; label: string; date: string; dateText: string; note: string }>;
  citation: string;
}

type ReportPageIndex = Pick<SiteIndex, 'reportById' | 'claimById' | 'sourceById' | 'claimsOfReport'>;

/** pageUrl: the report's absolute address, which its citation gives. */
export function reportPage(site: ReportPageIndex, id: string, pageUrl: string): ReportPageView {
  const report = site.reportById.get(id)!;
  const d = report.data;
  const ids = site.claimsOfReport.get(id) ?? { placed: [], unplaced: [] };
  const claims = [...ids.placed, ...ids.unplaced].map((c) => site.claimById.get(c)!);
  return {
    id,
    title: d.title,
    summary: d.summary,
    published: { value: d.published, text: formatDate(d.published) },
    updated: d.updated ? { value: d.updated, text: formatDate(d.updated) } : null,
    readingMinutes: readingMinutes(report.body ?? ''),
    claimCount: plural(claims.length, 'claim'),
    correctionCount: d.corrections.length ? plural(d.corrections.length, 'correction') : null,
    verification: { status: d.verification.status, definition: STATUSES[d.verification.status].definition, basis: d.verification.basis },
    unplaced: ids.unplaced.map((c) => claimCard(site, site.claimById.get(c)!)),
    claims: claims.map((c) => ({
      id: c.id,
      status: c.data.status,
      statement: c.data.statement,
      anchor: `#claim-${c.id}`,
      recordHref: routes.claim(c.id),
      citeUrl: `${pageUrl}#claim-${c.id}`,
    })),
    sources: d.sources.map((s) => sourceItem(site, s)),
    log: reportLog(d).map((e) => ({ kind: e.kind, label: LOG_LABELS[e.kind], date: e.date, dateText: formatDate(e.date), note: e.note })),
    citation: citation({ siteName: SITE_NAME, title: d.title, published: d.published, updated: d.updated, url: pageUrl }),
  };
}

export interface ReportRoute {
  view: ReportPageView;
  findings: FindingView[];
  /** schema.org NewsArticle. */
  structured: NewsArticleDocument;
  search: SearchRecord;
  /** The collations of the copies the report documents, with their counts. */
  collations: CollationSummaryView[];
  /** The contents list, from the text's headings. */
  contents: ContentsEntry[];
  /** The prose's own length, without the lists around it. */
  length: ReadingLength;
  /** "What we found": the findings given first, how many more follow, and what the report rests on. */
  found: { findings: FindingView[]; more: number; basis: string };
  /** Who edits it, as the byline and the JSON-LD give it. */
  editors: string;
  /** Per claim id, its citation for the "copy link / cite" control. */
  citations: Map<string, string>;
}

/** A report page's one call: its view, findings, JSON-LD and search metadata (the page renders the text itself). */
export function reportRoute(
  site: ReportPageIndex & Pick<SiteIndex, 'findingsOfReport' | 'findingById' | 'claimById'>,
  id: string,
  urls: PageUrls,
  rendered: { headings?: readonly Heading[]; collations?: readonly ResolvedCollation[]; locale?: Locale } = {},
): ReportRoute {
  const entry = site.reportById.get(id)!;
  const d = entry.data;
  const view = reportPage(site, id, urls.report(id));
  const findingIds = site.findingsOfReport.get(id) ?? [];
  const lead = leadFindings(findingIds, (f) => site.findingById.get(f)?.data.certainty);
  return {
    view,
    findings: findingViews(site, findingIds),
    contents: contentsList(rendered.headings ?? []),
    length: readingLength(entry.body ?? ''),
    found: { findings: findingViews(site, lead.ids), more: lead.more, basis: firstSentence(view.verification.basis, 320) },
    editors: EDITORS,
    citations: new Map(
      view.claims.map((c) => [
        c.id,
        claimCitation({ siteName: SITE_NAME, reportTitle: view.title, published: view.published.value, statement: c.statement, url: c.citeUrl }),
      ]),
    ),
    structured: newsArticle({ article: d, sources: d.sources.map((s) => site.sourceById.get(s)!), pageUrl: urls.report(id), homeUrl: urls.home }),
    search: reportSearchRecord(d),
    collations: reportCollations(rendered.collations ?? [], d.sources, collationLinks(site), rendered.locale ?? currentLocale()),
  };
}
