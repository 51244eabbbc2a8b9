/**
 * Open data: every published claim and every source as JSON and CSV records. Pure: the
 * endpoints in src/pages/data/ pass in the site index and a way to make absolute page URLs.
 * The field list is documented in README.md ("Open data"); bump DATA_SCHEMA_VERSION when a
 * field is renamed or removed (adding one is compatible).
 */
import { toCsv, type Cell } from './csv.ts';
import type { Claim, Finding, Source } from '../../schema/index.ts';
import type { StatusId } from '../../schema/status.ts';
import type { SiteIndex } from '../site-index/build.ts';
import type { PageUrls } from '../routing/routes.ts';
import { sourceKindLabel, STATUSES } from '../text/labels.ts';

/**
 * 2 (2026-11-27): the project's own observations left claims.json for findings.json (a record
 * consumers relied on moved), claimant.kind, consistentWith, change and the figure's period,
 * from, population and series were added, and "misleading" joined the statuses.
 */
export const DATA_SCHEMA_VERSION = 2;

/** A record's cited sources as open data: the same shape for claims and findings. */
function citedSources(
  site: Pick<SiteIndex, 'sourceById'>,
  urls: PageUrls,
  cited: ReadonlyArray<{ id: string; quote?: string | undefined; section?: string | undefined }>,
) {
  return cited.map((s) => {
    const source = site.sourceById.get(s.id);
    return {
      id: s.id,
      pageUrl: urls.source(s.id),
      outlet: source?.outlet ?? '',
      title: source?.title ?? '',
      quote: orNull(s.quote),
      section: orNull(s.section),
    };
  });
}

type ExportIndex = Pick<SiteIndex, 'claims' | 'claimById' | 'sources' | 'sourceById' | 'reportById' | 'reportsOfClaim' | 'claimsOfSource' | 'reportsOfSource'> &
  Partial<Pick<SiteIndex, 'findings' | 'findingsOfSource' | 'reports'>>;

interface ReportRef {
  id: string;
  title: string;
  pageUrl: string;
}

/** Absent optional values are null, so every record has the same keys. */
export interface ClaimRecord {
  id: string;
  pageUrl: string;
  statement: string;
  status: StatusId;
  statusLabel: string;
  verdict: boolean;
  claimant: {
    name: string;
    identification: Claim['claimant']['identification'];
    kind: Claim['claimant']['kind'];
    role: string | null;
    identityNote: string | null;
    entity: string | null;
  };
  date: string;
  sources: Array<{ id: string; pageUrl: string; outlet: string; title: string; quote: string | null; section: string | null }>;
  basis: string;
  assessedBy: string | null;
  responses: Array<{ party: string; kind: Claim['responses'][number]['kind']; date: string | null; detail: string | null; source: string | null }>;
  figure: {
    value: number | null;
    low: number | null;
    high: number | null;
    atLeast: boolean;
    unit: string;
    measure: NonNullable<Claim['figure']>['measure'];
    kind: NonNullable<Claim['figure']>['kind'];
    asOf: string;
    method: string | null;
    period: NonNullable<Claim['figure']>['period'] | null;
    from: string | null;
    population: NonNullable<Claim['figure']>['population'] | null;
    series: string | null;
  } | null;
  topics: string[];
  corroborates: string[];
  consistentWith: string[];
  contradicts: string[];
  supersedes: string[];
  supersededBy: string | null;
  original: string | null;
  change: Claim['change'] | null;
  reports: ReportRef[];
  /** Ids of the entities the claim is about (see entities.json). */
  about: string[];
  /** Ids the claim had before a rename or merge; its old addresses lead to pageUrl. */
  formerIds: string[];
}

export interface SourceRecord {
  id: string;
  pageUrl: string;
  outlet: string;
  title: string;
  authors: string[];
  published: string;
  url: string | null;
  archivedUrl: string | null;
  language: string;
  kind: Source['kind'];
  kindLabel: string;
  derivedFrom: string | null;
  consulted: boolean;
  notes: string | null;
  claims: string[];
  reports: ReportRef[];
  /** Ids the source had before a rename. */
  formerIds: string[];
}

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function reportRefs(ids: readonly string[] | undefined, site: ExportIndex, urls: PageUrls): ReportRef[] {
  return (ids ?? []).flatMap((id) => {
    const report = site.reportById.get(id);
    return report ? [{ id, title: report.data.title, pageUrl: urls.report(id) }] : [];
  });
}

/** Every published claim once, sorted by id. Links to unpublished claims are left out. */
export function claimRecords(site: ExportIndex, urls: PageUrls): ClaimRecord[] {
  const published = (ids: readonly string[]) => ids.filter((id) => site.claimById.has(id));
  return [...site.claims].sort(byId).map(({ id, data: d }) => ({
    id,
    pageUrl: urls.claim(id),
    statement: d.statement,
    status: d.status,
    statusLabel: STATUSES[d.status].label,
    verdict: STATUSES[d.status].verdict,
    claimant: {
      name: d.claimant.name,
      identification: d.claimant.identification,
      kind: d.claimant.kind,
      role: orNull(d.claimant.role),
      identityNote: orNull(d.claimant.identityNote),
      entity: orNull(d.claimant.entity),
    },
    date: d.date,
    sources: citedSources(site, urls, d.sources),
    basis: d.basis,
    assessedBy: orNull(d.assessedBy),
    responses: d.responses.map((r) => ({ party: r.party, kind: r.kind, date: orNull(r.date), detail: orNull(r.detail), source: orNull(r.source) })),
    figure: d.figure
      ? {
          value: orNull(d.figure.value),
          low: orNull(d.figure.low),
          high: orNull(d.figure.high),
          atLeast: d.figure.atLeast,
          unit: d.figure.unit,
          measure: d.figure.measure,
          kind: d.figure.kind,
          asOf: d.figure.asOf,
          method: orNull(d.figure.method),
          period: orNull(d.figure.period),
          from: orNull(d.figure.from),
          population: orNull(d.figure.population),
          series: orNull(d.figure.series),
        }
      : null,
    topics: [...d.topics],
    corroborates: published(d.corroborates),
    consistentWith: published(d.consistentWith),
    contradicts: published(d.contradicts),
    supersedes: published(d.supersedes),
    supersededBy: d.supersededBy && site.claimById.has(d.supersededBy) ? d.supersededBy : null,
    original: orNull(d.original),
    change: orNull(d.change),
    reports: reportRefs(site.reportsOfClaim.get(id), site, urls),
    about: [...d.about],
    formerIds: [...d.formerIds],
  }));
}

export interface FindingRecord {
  id: string;
  pageUrl: string;
  kind: Finding['kind'];
  certainty: Finding['certainty'];
  statement: string;
  date: string;
  basis: string;
  sources: Array<{ id: string; pageUrl: string; outlet: string; title: string; quote: string | null; section: string | null }>;
  about: string[];
  topics: string[];
  /** Reports that list the finding. */
  reports: ReportRef[];
  /** Ids under which it was published as a claim, before findings were their own kind. */
  formerClaimIds: string[];
}

/** Every published finding once, sorted by id: the project's own observations, never verdicts. */
export function findingRecords(site: ExportIndex, urls: PageUrls): FindingRecord[] {
  const reportsOf = new Map<string, string[]>();
  for (const r of site.reports ?? []) for (const f of r.data.findings ?? []) reportsOf.set(f, [...(reportsOf.get(f) ?? []), r.id]);
  return [...(site.findings ?? [])].sort(byId).map(({ id, data: f }) => ({
    id,
    pageUrl: urls.finding(id),
    kind: f.kind,
    certainty: f.certainty,
    statement: f.statement,
    date: f.date,
    basis: f.basis,
    sources: citedSources(site, urls, f.sources),
    about: [...f.about],
    topics: [...f.topics],
    reports: reportRefs(reportsOf.get(id), site, urls),
    formerClaimIds: [...f.formerClaimIds],
  }));
}

/** Every source once, sorted by id, with the published claims and reports that cite it. */
export function sourceRecords(site: ExportIndex, urls: PageUrls): SourceRecord[] {
  return [...site.sources].sort(byId).map(({ id, data: s }) => ({
    id,
    pageUrl: urls.source(id),
    outlet: s.outlet,
    title: s.title,
    authors: [...s.authors],
    published: s.published,
    url: orNull(s.url),
    archivedUrl: orNull(s.archivedUrl),
    language: s.language,
    kind: s.kind,
    kindLabel: sourceKindLabel(s.kind),
    derivedFrom: orNull(s.derivedFrom),
    consulted: s.consulted,
    notes: orNull(s.notes),
    claims: [...(site.claimsOfSource.get(id) ?? [])].sort(),
    reports: reportRefs(site.reportsOfSource.get(id), site, urls),
    formerIds: [...s.formerIds],
  }));
}

/* --------------------------------------------------------------------- JSON */

const GENERATED_NOTE =
  'Generated when the site is built, from the published content of From Colony to Front; drafts are excluded. Fields are described in the project README under "Open data".';

export interface DataDocument {
  schemaVersion: number;
  generated: string;
  /** The site's home page. */
  site: string;
  count: number;
}

function documentHead(count: number, urls: Pick<PageUrls, 'home'>): DataDocument {
  return { schemaVersion: DATA_SCHEMA_VERSION, generated: GENERATED_NOTE, site: urls.home, count };
}

export function claimsDocument(records: ClaimRecord[], urls: Pick<PageUrls, 'home'>): DataDocument & { claims: ClaimRecord[] } {
  return { ...documentHead(records.length, urls), claims: records };
}

export function findingsDocument(records: FindingRecord[], urls: Pick<PageUrls, 'home'>): DataDocument & { findings: FindingRecord[] } {
  return { ...documentHead(records.length, urls), findings: records };
}

export function sourcesDocument(records: SourceRecord[], urls: Pick<PageUrls, 'home'>): DataDocument & { sources: SourceRecord[] } {
  return { ...documentHead(records.length, urls), sources: records };
}

export function toJson(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/* ---------------------------------------------------------------------- CSV */
// Records shaped into columns here; the writer (quoting, formula neutralising) is csv.ts.

export { csvField, toCsv } from './csv.ts';

const LIST_SEPARATOR = '; ';
const list = (values: readonly Cell[]) => values.filter((v) => v !== null && v !== undefined && v !== '').join(LIST_SEPARATOR);

/** Columns are named by their JSON path; nested lists are joined with "; ". */
const CLAIM_COLUMNS: Array<[string, (c: ClaimRecord) => Cell]> = [
  ['id', (c) => c.id],
  ['pageUrl', (c) => c.pageUrl],
  ['statement', (c) => c.statement],
  ['status', (c) => c.status],
  ['statusLabel', (c) => c.statusLabel],
  ['verdict', (c) => c.verdict],
  ['claimant.name', (c) => c.claimant.name],
  ['claimant.identification', (c) => c.claimant.identification],
  ['claimant.kind', (c) => c.claimant.kind],
  ['claimant.role', (c) => c.claimant.role],
  ['claimant.identityNote', (c) => c.claimant.identityNote],
  ['date', (c) => c.date],
  ['basis', (c) => c.basis],
  ['assessedBy', (c) => c.assessedBy],
  ['sources.id', (c) => list(c.sources.map((s) => s.id))],
  ['sources.pageUrl', (c) => list(c.sources.map((s) => s.pageUrl))],
  ['sources.outlet', (c) => list(c.sources.map((s) => s.outlet))],
  // A flat summary: quotes, sections and response details are in the JSON only.
  ['responses', (c) => list(c.responses.map((r) => `${r.party}: ${r.kind}${r.date ? ` (${r.date})` : ''}`))],
  ['figure.value', (c) => c.figure?.value],
  ['figure.low', (c) => c.figure?.low],
  ['figure.high', (c) => c.figure?.high],
  ['figure.atLeast', (c) => c.figure?.atLeast],
  ['figure.unit', (c) => c.figure?.unit],
  ['figure.measure', (c) => c.figure?.measure],
  ['figure.kind', (c) => c.figure?.kind],
  ['figure.asOf', (c) => c.figure?.asOf],
  ['figure.method', (c) => c.figure?.method],
  ['figure.period', (c) => c.figure?.period],
  ['figure.from', (c) => c.figure?.from],
  ['figure.population', (c) => c.figure?.population],
  ['figure.series', (c) => c.figure?.series],
  ['topics', (c) => list(c.topics)],
  ['corroborates', (c) => list(c.corroborates)],
  ['consistentWith', (c) => list(c.consistentWith)],
  ['contradicts', (c) => list(c.contradicts)],
  ['supersedes', (c) => list(c.supersedes)],
  ['supersededBy', (c) => c.supersededBy],
  ['original', (c) => c.original],
  ['change', (c) => c.change],
  ['reports.id', (c) => list(c.reports.map((r) => r.id))],
  ['reports.pageUrl', (c) => list(c.reports.map((r) => r.pageUrl))],
  ['claimant.entity', (c) => c.claimant.entity],
  ['about', (c) => list(c.about)],
  ['formerIds', (c) => list(c.formerIds)],
];

const SOURCE_COLUMNS: Array<[string, (s: SourceRecord) => Cell]> = [
  ['id', (s) => s.id],
  ['pageUrl', (s) => s.pageUrl],
  ['outlet', (s) => s.outlet],
  ['title', (s) => s.title],
  ['authors', (s) => list(s.authors)],
  ['published', (s) => s.published],
  ['url', (s) => s.url],
  ['archivedUrl', (s) => s.archivedUrl],
  ['language', (s) => s.language],
  ['kind', (s) => s.kind],
  ['kindLabel', (s) => s.kindLabel],
  ['derivedFrom', (s) => s.derivedFrom],
  ['consulted', (s) => s.consulted],
  ['notes', (s) => s.notes],
  ['claims', (s) => list(s.claims)],
  ['reports.id', (s) => list(s.reports.map((r) => r.id))],
  ['reports.pageUrl', (s) => list(s.reports.map((r) => r.pageUrl))],
  ['formerIds', (s) => list(s.formerIds)],
];

export const CLAIM_CSV_HEADER = CLAIM_COLUMNS.map(([name]) => name);
export const SOURCE_CSV_HEADER = SOURCE_COLUMNS.map(([name]) => name);

export function claimsCsv(records: readonly ClaimRecord[]): string {
  return toCsv(
    CLAIM_CSV_HEADER,
    records.map((c) => CLAIM_COLUMNS.map(([, get]) => get(c))),
  );
}

const FINDING_COLUMNS: Array<[string, (f: FindingRecord) => Cell]> = [
  ['id', (f) => f.id],
  ['pageUrl', (f) => f.pageUrl],
  ['kind', (f) => f.kind],
  ['certainty', (f) => f.certainty],
  ['statement', (f) => f.statement],
  ['date', (f) => f.date],
  ['basis', (f) => f.basis],
  ['sources.id', (f) => list(f.sources.map((s) => s.id))],
  ['sources.pageUrl', (f) => list(f.sources.map((s) => s.pageUrl))],
  ['about', (f) => list(f.about)],
  ['topics', (f) => list(f.topics)],
  ['reports.id', (f) => list(f.reports.map((r) => r.id))],
  ['formerClaimIds', (f) => list(f.formerClaimIds)],
];

export function findingsCsv(records: readonly FindingRecord[]): string {
  return toCsv(
    FINDING_COLUMNS.map(([name]) => name),
    records.map((f) => FINDING_COLUMNS.map(([, get]) => get(f))),
  );
}

export function sourcesCsv(records: readonly SourceRecord[]): string {
  return toCsv(
    SOURCE_CSV_HEADER,
    records.map((s) => SOURCE_COLUMNS.map(([, get]) => get(s))),
  );
}
