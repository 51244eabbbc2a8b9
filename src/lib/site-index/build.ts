/**
 * Cross-references computed once per build from the published records: maps, never nested
 * scans, so pages look things up in constant time however large the investigation grows.
 */
import { isPublished, type Report, type Claim, type Finding, type Source, type TimelineEvent } from '../../schema/index.ts';
import { reportClaimIds } from '../content/placed-claims.ts';

export interface Entry<T> {
  id: string;
  data: T;
}
export interface ReportEntry extends Entry<Report> {
  body?: string | undefined;
}

export interface SiteIndex {
  reports: ReportEntry[];
  sources: Entry<Source>[];
  claims: Entry<Claim>[];
  /** The project's own observations about texts: shown on source and report pages, never as ClaimReview. */
  findings: Entry<Finding>[];
  events: Entry<TimelineEvent>[];
  reportById: Map<string, ReportEntry>;
  sourceById: Map<string, Source>;
  claimById: Map<string, Entry<Claim>>;
  /** Per report: claims placed in its text, and those only listed. */
  claimsOfReport: Map<string, { placed: string[]; unplaced: string[] }>;
  /** Per claim: the reports that carry it. */
  reportsOfClaim: Map<string, string[]>;
  /** Per source: claims citing it, and reports listing it. */
  claimsOfSource: Map<string, string[]>;
  reportsOfSource: Map<string, string[]>;
  /** Per source: the sources derived from it directly. */
  derivativesOfSource: Map<string, string[]>;
  /** Per claim: claims that point at it (corroborates, consistentWith, contradicts, supersedes). */
  claimsPointingAt: Map<string, Array<{ id: string; relation: 'corroborates' | 'consistentWith' | 'contradicts' | 'supersedes' }>>;
  /** Per source and per report: the published findings about it, or listed with it. */
  findingsOfSource: Map<string, string[]>;
  findingsOfReport: Map<string, string[]>;
  findingById: Map<string, Entry<Finding>>;
  /** Per claim: timeline events that cite it. */
  eventsOfClaim: Map<string, string[]>;
}

/** Appends without repeats. A Set per key keeps this constant time: a source cited by thousands of claims must not make the build quadratic. */
function collector<K, V>(map: Map<K, V[]>) {
  const seen = new Map<K, Set<V>>();
  return (key: K, value: V) => {
    let set = seen.get(key);
    if (!set) {
      set = new Set();
      seen.set(key, set);
      map.set(key, []);
    }
    if (!set.has(value)) {
      set.add(value);
      map.get(key)!.push(value);
    }
  };
}

/** Newest first, then by title, so listings are stable. */
function byPublishedDesc(a: Entry<Report>, b: Entry<Report>): number {
  return b.data.published.localeCompare(a.data.published) || a.data.title.localeCompare(b.data.title);
}

export function buildIndex(input: {
  reports: ReportEntry[];
  sources: Entry<Source>[];
  claims: Entry<Claim>[];
  findings?: Entry<Finding>[];
  events: Entry<TimelineEvent>[];
}): SiteIndex {
  const findings = (input.findings ?? []).filter(isPublished).sort((a, b) => a.id.localeCompare(b.id));
  // Drafts are the only content left out, and only when marked so.
  const reports = input.reports.filter(isPublished).sort(byPublishedDesc);
  const claims = input.claims.filter(isPublished);
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const reportById = new Map(reports.map((a) => [a.id, a]));
  const index: SiteIndex = {
    reports,
    sources: [...input.sources].sort((a, b) => a.data.outlet.localeCompare(b.data.outlet) || a.id.localeCompare(b.id)),
    claims,
    findings,
    findingById: new Map(findings.map((f) => [f.id, f])),
    findingsOfSource: new Map(),
    findingsOfReport: new Map(),
    events: [...input.events].sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id)),
    reportById,
    sourceById: new Map(input.sources.map((s) => [s.id, s.data])),
    claimById,
    claimsOfReport: new Map(),
    reportsOfClaim: new Map(),
    claimsOfSource: new Map(),
    reportsOfSource: new Map(),
    derivativesOfSource: new Map(),
    claimsPointingAt: new Map(),
    eventsOfClaim: new Map(),
  };
  const addReportOfClaim = collector(index.reportsOfClaim);
  const addReportOfSource = collector(index.reportsOfSource);
  const addClaimOfSource = collector(index.claimsOfSource);
  const addPointer = collector(index.claimsPointingAt);
  const addDerivative = collector(index.derivativesOfSource);
  const addEventOfClaim = collector(index.eventsOfClaim);
  for (const a of reports) {
    const ids = reportClaimIds(a.body ?? '', a.data.claims);
    const published = { placed: ids.placed.filter((id) => claimById.has(id)), unplaced: ids.unplaced.filter((id) => claimById.has(id)) };
    index.claimsOfReport.set(a.id, published);
    for (const id of [...published.placed, ...published.unplaced]) addReportOfClaim(id, a.id);
    for (const s of a.data.sources) addReportOfSource(s, a.id);
  }
  for (const c of claims) {
    for (const s of c.data.sources) addClaimOfSource(s.id, c.id);
    for (const relation of ['corroborates', 'consistentWith', 'contradicts', 'supersedes'] as const) {
      for (const target of c.data[relation]) addPointer(target, { id: c.id, relation });
    }
  }
  const addFindingOfSource = collector(index.findingsOfSource);
  for (const f of findings) for (const s of f.data.sources) addFindingOfSource(s.id, f.id);
  for (const a of reports)
    index.findingsOfReport.set(
      a.id,
      (a.data.findings ?? []).filter((id) => index.findingById.has(id)),
    );
  for (const s of input.sources) if (s.data.derivedFrom) addDerivative(s.data.derivedFrom, s.id);
  for (const e of input.events) for (const c of e.data.claims) addEventOfClaim(c, e.id);
  return index;
}
