/**
 * Page data for entities: who claimed what, what was claimed about whom, a claimant's figures
 * as a series, the reports and sources an entity appears in, its names. Read from the entity
 * index (src/lib/site-index/entity-index.ts); pages only render. entityRoute() is the entity
 * page's one call: this data as cards and links, its JSON-LD and its search metadata.
 */
import { ENTITY_KINDS, type Claim, type Entity, type EntityKind, type EntityName, type Source } from '../../schema/index.ts';
import type { StatusDefinition } from '../../schema/status.ts';
import { claimsByStatus } from './claims.ts';
import { ENTITY_KIND_LABELS, languageName } from '../text/labels.ts';
import { currentLocale, type Locale } from '../text/locales.ts';
import { t } from '../i18n/messages.ts';
import { figureWords, type FigureWords } from './figures.ts';
import type { Entry } from '../site-index/build.ts';
import type { EntityIndex } from '../site-index/entity-index.ts';
import type { SiteIndex } from '../site-index/build.ts';
import { routes, type PageUrls } from '../routing/routes.ts';
import { claimCard, sourceItem, type ClaimCardView, type SourceItemView } from './cards.ts';
import { entityJsonLd } from '../output/entity-jsonld.ts';
import type { SearchRecord } from '../search/meta.ts';
import { entitySearchRecord } from '../search/entity-meta.ts';

/** The index page: entities by kind, in the schema's order of kinds, each kind by name. */
export function entitiesByKind(index: EntityIndex): Array<{ kind: EntityKind; label: string; entities: Array<Entry<Entity> & { claimCount: number }> }> {
  return ENTITY_KINDS.map((kind) => ({
    kind,
    label: ENTITY_KIND_LABELS[kind].many,
    entities: index.entities
      .filter((e) => e.data.kind === kind)
      .map((e) => ({ ...e, claimCount: (index.claimsBy.get(e.id)?.length ?? 0) + (index.claimsAbout.get(e.id)?.length ?? 0) })),
  })).filter((g) => g.entities.length > 0);
}

export interface SeriesPoint {
  claimId: string;
  asOf: string;
  measure: string;
  figure: NonNullable<Claim['figure']>;
  /** The amount and method in the figure's words, and their language. */
  words: FigureWords;
  status: Claim['status'];
  statement: string;
}

/** A claimant's figures, oldest first by the date each figure is as of: a running total reads in order, each with what it measured. */
export function figureSeries(claims: readonly Entry<Claim>[], locale: Locale): SeriesPoint[] {
  return claims
    .filter((c) => c.data.figure)
    .map((c) => ({
      claimId: c.id,
      asOf: c.data.figure!.asOf,
      measure: t(locale, `measure.${c.data.figure!.measure}`),
      figure: c.data.figure!,
      words: figureWords(locale, c.data)!,
      status: c.data.status,
      statement: c.data.statement,
    }))
    .sort((a, b) => a.asOf.localeCompare(b.asOf) || a.claimId.localeCompare(b.claimId));
}

/** "ru" → "Russian" on an English page, "Русский" on a Russian one (Intl's names; the code where it has none). */
export function languageNameIn(locale: Locale, code: string): string {
  if (locale === 'en') return languageName(code);
  const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
  return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : code;
}

interface ShownName extends EntityName {
  languageName: string;
  scriptName: string;
  /** The outlet of the source a spelling was found in. */
  sourceOutlet?: string | undefined;
}

export interface EntityPageData {
  entity: Entry<Entity>;
  kindLabel: string;
  partOf?: Entry<Entity> | undefined;
  parts: Entry<Entity>[];
  names: ShownName[];
  made: Array<{ status: StatusDefinition; claims: Entry<Claim>[] }>;
  about: Array<{ status: StatusDefinition; claims: Entry<Claim>[] }>;
  madeCount: number;
  aboutCount: number;
  series: SeriesPoint[];
  /** Reports carrying any of its claims, newest first as the site lists them. */
  reports: string[];
  /** Sources establishing who it is, then those cited by its claims. */
  sources: string[];
}

export function entityPageData(
  id: string,
  index: EntityIndex,
  site: {
    claimById: ReadonlyMap<string, Entry<Claim>>;
    reportsOfClaim: ReadonlyMap<string, string[]>;
    sourceById: ReadonlyMap<string, Source>;
    reports: ReadonlyArray<{ id: string }>;
  },
): EntityPageData {
  const entity = index.entityById.get(id)!;
  const claimsOf = (ids: string[] | undefined) => (ids ?? []).map((c) => site.claimById.get(c)).filter((c): c is Entry<Claim> => c !== undefined);
  const made = claimsOf(index.claimsBy.get(id));
  const about = claimsOf(index.claimsAbout.get(id));
  const reportIds = new Set([...made, ...about].flatMap((c) => site.reportsOfClaim.get(c.id) ?? []));
  const sources = new Set(entity.data.sources);
  for (const c of [...made, ...about]) for (const s of c.data.sources) sources.add(s.id);
  const locale = currentLocale();
  return {
    entity,
    kindLabel: ENTITY_KIND_LABELS[entity.data.kind].one,
    partOf: entity.data.partOf ? index.entityById.get(entity.data.partOf) : undefined,
    parts: (index.parts.get(id) ?? []).map((p) => index.entityById.get(p)!),
    names: entity.data.names.map((n) => ({
      ...n,
      languageName: languageNameIn(locale, n.language),
      scriptName: t(locale, `script.${n.script}`),
      sourceOutlet: n.source ? site.sourceById.get(n.source)?.outlet : undefined,
    })),
    made: claimsByStatus(made),
    about: claimsByStatus(about),
    madeCount: made.length,
    aboutCount: about.length,
    series: figureSeries(made, locale),
    reports: site.reports.filter((a) => reportIds.has(a.id)).map((a) => a.id),
    sources: [...sources].filter((s) => site.sourceById.has(s)),
  };
}

type ClaimGroups = Array<{ status: StatusDefinition; cards: ClaimCardView[] }>;

export interface EntityRoute {
  page: EntityPageData;
  made: ClaimGroups;
  about: ClaimGroups;
  reports: Array<{ href: string; title: string }>;
  sources: SourceItemView[];
  /** schema.org Person, Organization or Place. */
  jsonLd: Record<string, unknown>;
  search: SearchRecord;
}

export function entityRoute(
  id: string,
  index: EntityIndex,
  site: Pick<SiteIndex, 'claimById' | 'reportsOfClaim' | 'sourceById' | 'reports' | 'reportById'>,
  urls: PageUrls,
): EntityRoute {
  const page = entityPageData(id, index, site);
  const e = page.entity.data;
  const cards = (groups: EntityPageData['made']): ClaimGroups => groups.map((g) => ({ status: g.status, cards: g.claims.map((c) => claimCard(site, c)) }));
  return {
    page,
    made: cards(page.made),
    about: cards(page.about),
    reports: page.reports.map((r) => ({ href: routes.report(r), title: site.reportById.get(r)!.data.title })),
    sources: page.sources.map((s) => sourceItem(site, s)),
    jsonLd: entityJsonLd(e, urls.entity(id)),
    search: entitySearchRecord(e),
  };
}
