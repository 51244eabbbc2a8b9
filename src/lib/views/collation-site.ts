/**
 * The collations as the built site shows them: read from content/ once per build (every time in
 * dev, where the texts change between requests), with the links pages and open data need.
 */
import { contentDir, projectRoot } from '../../config/paths.ts';
import type { SiteIndex } from '../site-index/build.ts';
import { routes } from '../routing/routes.ts';
import { resolveCollations, type ResolvedCollation } from '../content/rules/collation/collation-rules.ts';
import { loadCollations } from '../content/collation-files.ts';
import type { CollationViewInput } from './collation-view.ts';

let cached: ResolvedCollation[] | undefined;

export function loadSiteCollations(): ResolvedCollation[] {
  if (import.meta.env.DEV || !cached) cached = resolveCollations(loadCollations(projectRoot, contentDir));
  return cached;
}

type LinkIndex = Pick<SiteIndex, 'sourceById' | 'claimById' | 'findingById'>;

/** Which published record an id names: a claim, a finding, or none (a draft, or a mistake the check reports). */
export function recordType(site: LinkIndex, id: string): 'claim' | 'finding' | null {
  return site.claimById.has(id) ? 'claim' : site.findingById.has(id) ? 'finding' : null;
}

export function collationLinks(site: LinkIndex): CollationViewInput {
  return {
    source: (id) => ({ text: site.sourceById.get(id)?.title ?? id, href: routes.source(id) }),
    record: (id) => {
      const type = recordType(site, id);
      if (type === 'claim') return { text: site.claimById.get(id)!.data.statement, href: routes.claim(id) };
      if (type === 'finding') return { text: site.findingById.get(id)!.data.statement, href: routes.finding(id) };
      return null;
    },
  };
}
