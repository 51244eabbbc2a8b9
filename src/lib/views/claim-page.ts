/**
 * Everything a claim's page shows, computed once from the site index; the page only prints it.
 * claimRoute() is the page's one call: the view, its JSON-LD and its search metadata (as
 * Starlight's route data gives a page everything at once).
 */
import type { StatusDefinition } from '../../schema/status.ts';
import type { SiteIndex } from '../site-index/build.ts';
import { routes } from '../routing/routes.ts';
import { formatDate } from '../text/format.ts';
import { inSentence, type Relation, STATUSES, claimantLabel } from '../text/labels.ts';
import { currentLocale } from '../text/locales.ts';
import { t } from '../i18n/messages.ts';
import { figureWords } from './figures.ts';
import { sourceItem, type SourceItemView } from './cards.ts';
import type { Entity } from '../../schema/index.ts';
import type { Entry } from '../site-index/build.ts';
import type { EntityIndex } from '../site-index/entity-index.ts';
import type { PageUrls } from '../routing/routes.ts';
import { claimReview, type ClaimReviewDocument } from '../output/jsonld.ts';
import { claimSearchRecord, type SearchRecord } from '../search/meta.ts';
import { claimEntityFilters, claimEntityNames } from '../search/entity-meta.ts';

export interface ClaimPageView {
  id: string;
  statement: string;
  status: StatusDefinition;
  /** The page's meta description. */
  description: string;
  basis: string;
  assessedBy: string | null;
  claimant: { label: string; role: string | null; identityNote: string | null };
  date: { value: string; text: string };
  /** "600–900 prisoners (self-reported, as of May 2024). Method: …", and its language (English where the figure has no translation). */
  figure: { text: string; lang: string } | null;
  original: string | null;
  /** For a distortion: how the copy changed the original, in words. */
  change: string | null;
  responses: Array<{ party: string; response: string; date: { value: string; text: string } | null; detail: string | null }>;
  sources: Array<{ item: SourceItemView; section: string | null; quote: string | null }>;
  related: Array<{ relation: string; href: string; statement: string }>;
  reports: Array<{ href: string; title: string }>;
  /** When this project first published the claim: its earliest report's date (for JSON-LD). */
  firstPublished: string | undefined;
}

type ClaimPageIndex = Pick<SiteIndex, 'claimById' | 'sourceById' | 'reportById' | 'reportsOfClaim' | 'claimsPointingAt'>;

export function claimPage(site: ClaimPageIndex, id: string): ClaimPageView {
  const locale = currentLocale();
  const d = site.claimById.get(id)!.data;
  const status = STATUSES[d.status];
  const claimant = claimantLabel(d.claimant);
  const reports = (site.reportsOfClaim.get(id) ?? []).map((r) => site.reportById.get(r)!);
  const outgoing = (['corroborates', 'consistentWith', 'contradicts', 'supersedes'] as Relation[]).flatMap((rel) =>
    d[rel].map((c) => ({ id: c, relation: t(locale, `relation.${rel}.outgoing`) })),
  );
  const related = [
    ...outgoing,
    ...(d.supersededBy ? [{ id: d.supersededBy, relation: t(locale, 'relation.supersedes.incoming') }] : []),
    ...(site.claimsPointingAt.get(id) ?? []).map((p) => ({ id: p.id, relation: t(locale, `relation.${p.relation}.incoming`) })),
  ].filter((r) => site.claimById.has(r.id));
  const figure = figureWords(locale, d);
  return {
    id,
    statement: d.statement,
    status,
    description: t(locale, 'claim.metaDescription', { status: t(locale, `status.${d.status}.label`), statement: d.statement, claimant }),
    basis: d.basis,
    assessedBy: d.assessedBy ?? null,
    claimant: { label: claimant, role: d.claimant.role ?? null, identityNote: d.claimant.identityNote ?? null },
    date: { value: d.date, text: formatDate(d.date) },
    figure: figure && { text: figure.line, lang: figure.lang },
    original: d.original ?? null,
    change: d.change ? t(locale, `change.${d.change}`) : null,
    responses: d.responses.map((r) => ({
      party: r.party,
      response: inSentence(t(locale, `response.${r.kind}`)),
      date: r.date ? { value: r.date, text: formatDate(r.date) } : null,
      detail: r.detail ?? null,
    })),
    sources: d.sources.map((s) => ({ item: sourceItem(site, s.id), section: s.section ?? null, quote: s.quote ?? null })),
    related: related.map((r) => ({ relation: r.relation, href: routes.claim(r.id), statement: site.claimById.get(r.id)!.data.statement })),
    reports: reports.map((r) => ({ href: `${routes.report(r.id)}#claim-${id}`, title: r.data.title })),
    firstPublished: reports.map((r) => r.data.published).sort()[0],
  };
}

export interface ClaimRoute {
  view: ClaimPageView;
  /** schema.org ClaimReview, for verdicts only (null otherwise). */
  review: ClaimReviewDocument | null;
  search: SearchRecord;
  /** The claimant's entity page and the entities the claim is about, where the records link them. */
  claimantEntity: Entry<Entity> | undefined;
  aboutEntities: Array<Entry<Entity>>;
  /** Names and entity filters the search index finds the claim by beyond what the page shows. */
  entityNames: string[];
  entityFilters: string[];
}

export function claimRoute(site: ClaimPageIndex, entities: Pick<EntityIndex, 'entityById'>, id: string, urls: PageUrls): ClaimRoute {
  const view = claimPage(site, id);
  const d = site.claimById.get(id)!.data;
  return {
    view,
    review: claimReview({
      claim: d,
      sources: d.sources.map((s) => site.sourceById.get(s.id)!),
      pageUrl: urls.claim(id),
      homeUrl: urls.home,
      datePublished: view.firstPublished,
    }),
    search: claimSearchRecord(d),
    claimantEntity: d.claimant.entity ? entities.entityById.get(d.claimant.entity) : undefined,
    aboutEntities: d.about.map((e) => entities.entityById.get(e)).filter((e) => e !== undefined),
    entityNames: claimEntityNames(d, entities.entityById),
    entityFilters: claimEntityFilters(d, entities.entityById),
  };
}
