/** Everything a source's page shows, computed once from the site index; the page only prints it. */
import { ancestry } from '../content/source-lineage.ts';
import type { SiteIndex } from '../site-index/build.ts';
import { routes } from '../routing/routes.ts';
import { formatDate } from '../text/format.ts';
import { inSentence } from '../text/labels.ts';
import { sourceKindLabel } from '../text/labels.ts';
import { claimCard, type ClaimCardView } from './cards.ts';

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
