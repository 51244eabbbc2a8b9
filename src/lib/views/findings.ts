/** Findings as pages show them: the project's own observations, labelled as such, never as a verdict. */
import type { SiteIndex } from '../site-index/build.ts';
import { routes } from '../routing/routes.ts';
import { formatDate } from '../text/format.ts';
import { CERTAINTY_LABELS, findingKindLabel } from '../text/labels.ts';
import { findingSearchRecord, type SearchRecord } from '../search/meta.ts';

export interface FindingView {
  id: string;
  anchor: string;
  href: string;
  statement: string;
  kind: string;
  certainty: string;
  basis: string;
  date: { value: string; text: string };
  sources: Array<{ href: string; text: string }>;
}

export function findingViews(site: Pick<SiteIndex, 'findingById' | 'sourceById'>, ids: readonly string[]): FindingView[] {
  return ids.flatMap((id) => {
    const f = site.findingById.get(id);
    if (!f) return [];
    const d = f.data;
    return [
      {
        id,
        anchor: `finding-${id}`,
        href: routes.finding(id),
        statement: d.statement,
        kind: findingKindLabel(d.kind),
        certainty: CERTAINTY_LABELS[d.certainty],
        basis: d.basis,
        date: { value: d.date, text: formatDate(d.date) },
        sources: d.sources.map((s) => {
          const src = site.sourceById.get(s.id);
          return { href: routes.source(s.id), text: src ? `${src.outlet}: ${src.title}` : s.id };
        }),
      },
    ];
  });
}

export interface FindingRoute {
  finding: FindingView;
  /** The page's meta description. */
  description: string;
  /** Reports listing the finding, in the site's order. */
  reports: Array<{ href: string; title: string }>;
  search: SearchRecord;
}

/** A finding page's one call: the finding as shown, the reports listing it, its search metadata. */
export function findingRoute(site: Pick<SiteIndex, 'findingById' | 'sourceById' | 'reports' | 'findingsOfReport'>, id: string): FindingRoute {
  const finding = findingViews(site, [id])[0]!;
  return {
    finding,
    description: `A finding by this project (${finding.kind.toLowerCase()}): ${finding.statement}`,
    reports: site.reports.filter((r) => (site.findingsOfReport.get(r.id) ?? []).includes(id)).map((r) => ({ href: routes.report(r.id), title: r.data.title })),
    search: findingSearchRecord(site.findingById.get(id)!.data),
  };
}
