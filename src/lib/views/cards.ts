/** The two list items many pages share: a claim card and a source in a list of sources. */
import type { Claim, Source } from '../../schema/index.ts';
import type { StatusId } from '../../schema/status.ts';
import type { Entry, SiteIndex } from '../site-index/build.ts';
import { routes } from '../routing/routes.ts';
import { sourceOutlets } from './claims.ts';
import { formatDate } from '../text/format.ts';
import { sourceKindLabel, claimantLabel } from '../text/labels.ts';

export interface ClaimCardView {
  id: string;
  href: string;
  statement: string;
  status: StatusId;
  claimant: string;
  date: string;
  dateText: string;
  outlets: string;
}

export function claimCard(site: Pick<SiteIndex, 'sourceById'>, claim: Entry<Claim>): ClaimCardView {
  const d = claim.data;
  return {
    id: claim.id,
    href: routes.claim(claim.id),
    statement: d.statement,
    status: d.status,
    claimant: claimantLabel(d.claimant),
    date: d.date,
    dateText: formatDate(d.date),
    outlets: sourceOutlets(d, site.sourceById).join(', '),
  };
}

export interface SourceItemView {
  id: string;
  href: string;
  title: string;
  outlet: string;
  /** The machine-readable date, or null when the text carries none. */
  date: string | null;
  dateText: string;
  kind: string;
  /** The text this one was copied from, when it is on record. */
  parent: { href: string; text: string } | null;
  url: string | null;
  archivedUrl: string | null;
}

export function sourceItem(site: Pick<SiteIndex, 'sourceById'>, id: string): SourceItemView {
  const s: Source = site.sourceById.get(id)!;
  const parent = s.derivedFrom ? site.sourceById.get(s.derivedFrom) : undefined;
  return {
    id,
    href: routes.source(id),
    title: s.title,
    outlet: s.outlet,
    date: s.published === 'undated' ? null : s.published,
    dateText: s.published === 'undated' ? 'undated' : formatDate(s.published),
    kind: sourceKindLabel(s.kind),
    parent: parent && s.derivedFrom ? { href: routes.source(s.derivedFrom), text: `${parent.outlet}: ${parent.title}` } : null,
    url: s.url ?? null,
    archivedUrl: s.archivedUrl ?? null,
  };
}
