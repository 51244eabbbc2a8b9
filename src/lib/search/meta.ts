/**
 * What the search index knows about each kind of page: the metadata shown in a result, the
 * filters a reader can narrow by, and the date results can be sorted by. Pages turn a record
 * into hidden Pagefind attributes with <SearchMeta>; the search page and its URL use the same
 * filter names, so they are defined once, here.
 */
import type { Report, Claim, Finding, Source } from '../../schema/index.ts';
import { parsePartialDate } from '../../schema/fields.ts';
import { sourceKindLabel, STATUSES, findingKindLabel, claimantLabel } from '../text/labels.ts';
import { CONTENT_TYPE_LABELS, IDENTIFICATION_LABELS, topicLabel } from '../text/labels.ts';
import { SEARCH_FILTERS, SEARCH_SORT_KEY, type SearchFilter } from './query-url.ts';

export interface SearchRecord {
  /**
   * Shown with the result, and only what the filters and the sort date do not already carry:
   * Pagefind 1.6 also indexes every metadata value as words, so a type or status here made a
   * search for "claim" or "false" match every claim of that kind by its label. The result's
   * type and status come from its filters, its date from the sort date (result-view.ts).
   */
  meta: Record<string, string>;
  filters: Partial<Record<SearchFilter, string[]>>;
  sort: Record<string, string>;
}

function yearOf(date: string): string[] {
  const parsed = parsePartialDate(date);
  return parsed ? [String(parsed.year)] : [];
}

export function claimSearchRecord(claim: Claim): SearchRecord {
  return {
    meta: { claimant: claimantLabel(claim.claimant) },
    filters: {
      type: [CONTENT_TYPE_LABELS.claim],
      status: [STATUSES[claim.status].label],
      topic: claim.topics.map(topicLabel),
      claimant: [IDENTIFICATION_LABELS[claim.claimant.identification]],
      year: yearOf(claim.date),
    },
    sort: { [SEARCH_SORT_KEY]: claim.date },
  };
}

export function reportSearchRecord(article: Report): SearchRecord {
  return {
    meta: {},
    filters: {
      type: [CONTENT_TYPE_LABELS.report],
      status: [STATUSES[article.verification.status].label],
      topic: article.topics.map(topicLabel),
      year: yearOf(article.published),
    },
    sort: { [SEARCH_SORT_KEY]: article.published },
  };
}

export function sourceSearchRecord(source: Source): SearchRecord {
  const dated = source.published !== 'undated';
  return {
    meta: { outlet: source.outlet, kind: sourceKindLabel(source.kind) },
    filters: {
      type: [CONTENT_TYPE_LABELS.source],
      year: dated ? yearOf(source.published) : [],
    },
    // An undated source has no sort key; date-ordered results leave it out.
    sort: dated ? { [SEARCH_SORT_KEY]: source.published } : {},
  };
}

/** A finding: the project's own observation, with its kind and date and no status (it is not a verdict). */
export function findingSearchRecord(finding: Finding): SearchRecord {
  return {
    meta: { kind: findingKindLabel(finding.kind) },
    filters: {
      type: [CONTENT_TYPE_LABELS.finding],
      topic: finding.topics.map(topicLabel),
      year: yearOf(finding.date),
    },
    sort: { [SEARCH_SORT_KEY]: finding.date },
  };
}

export type SearchAttribute = Record<'data-pagefind-meta' | 'data-pagefind-filter' | 'data-pagefind-sort', string>;

/**
 * One attribute per hidden element, in Pagefind's inline "key:value" form, which takes the
 * value to the end of the attribute (commas included). Empty values are left out.
 */
export function searchAttributes(record: SearchRecord): Array<Partial<SearchAttribute>> {
  const out: Array<Partial<SearchAttribute>> = [];
  for (const [key, value] of Object.entries(record.meta)) if (value) out.push({ 'data-pagefind-meta': `${key}:${value}` });
  for (const key of SEARCH_FILTERS) {
    for (const value of new Set(record.filters[key] ?? [])) if (value) out.push({ 'data-pagefind-filter': `${key}:${value}` });
  }
  for (const [key, value] of Object.entries(record.sort)) {
    if (!value) continue;
    // The date as written: with its dashes it is not a number, so Pagefind sorts it as text,
    // and a month comes before the days within it. The build moves this order out of the
    // page table every search loads into a file loaded only for date order (order.ts).
    out.push({ 'data-pagefind-sort': `${key}:${value}` });
    // The same date as metadata, for the result to show. Pagefind also indexes metadata as
    // words: without the dashes a date is one word ("20230314"), not three.
    out.push({ 'data-pagefind-meta': `sort_${key}:${value.replaceAll('-', '')}` });
  }
  return out;
}
