/** Everything a source's page shows, computed once from the site index; the page only prints it. */
import { ancestry } from '../content/source-lineage.ts';
import type { SiteIndex } from '../site-index/build.ts';
import { routes } from '../routing/routes.ts';
import { formatDate } from '../text/format.ts';
import { inSentence } from '../text/labels.ts';
import { sourceKindLabel } from '../text/labels.ts';
import { claimCard, type ClaimCardView } from './cards.ts';
import { findingViews, type FindingView } from './findings.ts';
import { sourceSearchRecord, type SearchRecord } from '../search/meta.ts';
import type { ResolvedCollation } from '../content/rules/collation/collation-rules.ts';
import { collationView, type CollationView, type TextLink } from './collation-view.ts';
import { collationLinks } from './collation-site.ts';
import { currentLocale, type Locale } from '../text/locales.ts';

export interface SourcePageView {
  id: string;
  title: string;
  /** The page's <title> and meta description. */
  pageTitle: string;
  description: string;
  outlet: string;
  authors: string | null;
  /** A machine-readable date, or null with the text saying the source is undated. */
  published: { value: string | null; text: string };
  language: string;
  kind: string;
  /** The chain of texts this one was copied from, nearest first. */
  derivedFrom: Array<{ href: string; text: string }>;
  copiedBy: Array<{ href: string; text: string; kind: string }>;
  consulted: string;
  url: string | null;
  archivedUrl: string | null;
  notes: string | null;
  reports: Array<{ href: string; title: string }>;
  claims: ClaimCardView[];
}

type SourcePageIndex = Pick<SiteIndex, 'sourceById' | 'claimById' | 'reportById' | 'derivativesOfSource' | 'claimsOfSource' | 'reportsOfSource'>;

export function sourcePage(site: SourcePageIndex, id: string): SourcePageView {
  const s = site.sourceById.get(id)!;
  const kind = sourceKindLabel(s.kind);
  // Source records carry their id, so the shared map serves lineage as is (a copy per page was O(n²)).
  const chain = ancestry(id, site.sourceById).slice(1);
  return {
    id,
    title: s.title,
    pageTitle: `${s.outlet}: ${s.title}`,
    description: `Source record: ${s.title}, ${s.outlet}. ${kind}.`,
    outlet: s.outlet,
    authors: s.authors.length ? s.authors.join(', ') : null,
    published: s.published === 'undated' ? { value: null, text: 'Undated (the text carries no date)' } : { value: s.published, text: formatDate(s.published) },
    language: s.language,
    kind,
    derivedFrom: chain.map((p) => ({ href: routes.source(p.id), text: `${p.outlet}: ${p.title}` })),
    copiedBy: (site.derivativesOfSource.get(id) ?? []).map((d) => {
      const copy = site.sourceById.get(d)!;
      return { href: routes.source(d), text: `${copy.outlet}: ${copy.title}`, kind: inSentence(sourceKindLabel(copy.kind)) };
    }),
    consulted: s.consulted ? 'Read directly by this project' : 'Not consulted directly: known through the sources that cite it',
    url: s.url ?? null,
    archivedUrl: s.archivedUrl ?? null,
    notes: s.notes ?? null,
    reports: (site.reportsOfSource.get(id) ?? []).flatMap((r) => {
      const report = site.reportById.get(r);
      return report ? [{ href: routes.report(r), title: report.data.title }] : [];
    }),
    claims: (site.claimsOfSource.get(id) ?? []).flatMap((c) => {
      const claim = site.claimById.get(c);
      return claim ? [claimCard(site, claim)] : [];
    }),
  };
}

export interface SourceRoute {
  view: SourcePageView;
  findings: FindingView[];
  search: SearchRecord;
  /** This text laid beside its original, once per collation that names it the copy. */
  collated: CollationView[];
  /** The copies collated against this text. */
  collatedAgainst: TextLink[];
}

/** A source page's one call: its view, findings, search metadata and collations. */
export function sourceRoute(
  site: SourcePageIndex & Pick<SiteIndex, 'findingsOfSource' | 'findingById' | 'claimById'>,
  id: string,
  collations: readonly ResolvedCollation[] = [],
  locale: Locale = currentLocale(),
): SourceRoute {
  const links = collationLinks(site);
  return {
    view: sourcePage(site, id),
    findings: findingViews(site, site.findingsOfSource.get(id) ?? []),
    search: sourceSearchRecord(site.sourceById.get(id)!),
    collated: collations.filter((c) => c.copy === id).map((c) => collationView(c, links, locale)),
    collatedAgainst: collations.filter((c) => c.original === id).map((c) => links.source(c.copy)),
  };
}
