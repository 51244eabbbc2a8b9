/**
 * schema.org structured data (JSON-LD) for search engines and fact-check aggregators:
 * ClaimReview on claim pages whose status is a verdict, NewsArticle on report pages.
 * Pure: pages resolve records and absolute URLs, this module shapes them.
 */
import { EDITORS, SITE_NAME } from '../../config/site.ts';
import type { Report, Claim, Source } from '../../schema/index.ts';
import { STATUSES, claimantLabel } from '../text/labels.ts';

type Node = { '@type': string } & Record<string, unknown>;
type Document = { '@context': 'https://schema.org' } & Node;

interface Organization extends Node {
  '@type': 'Organization';
  name: string;
  url?: string;
}

interface CreativeWork extends Node {
  '@type': 'CreativeWork';
  headline: string;
  publisher: Organization;
  url?: string;
  datePublished?: string;
  inLanguage: string;
}

export interface ClaimReviewDocument extends Document {
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  reviewBody: string;
  reviewRating: { '@type': 'Rating'; ratingValue: number; bestRating: 5; worstRating: 1; alternateName: string };
  itemReviewed: {
    '@type': 'Claim';
    author: Node;
    datePublished: string;
    appearance: CreativeWork[];
    firstAppearance: CreativeWork;
  };
  author: Organization;
  publisher: Organization;
  datePublished?: string;
}

export interface NewsArticleDocument extends Document {
  '@type': 'NewsArticle';
  headline: string;
  description: string;
  datePublished: string;
  dateModified: string;
  url: string;
  mainEntityOfPage: { '@type': 'WebPage'; '@id': string };
  author: Organization;
  editor: Organization;
  publisher: Organization;
  isBasedOn?: string[];
}

function organization(homeUrl: string): Organization {
  return { '@type': 'Organization', name: SITE_NAME, url: homeUrl };
}

/** A source as the work a claim appeared in: its own URL only where we know it. */
function creativeWork(source: Source): CreativeWork {
  return {
    '@type': 'CreativeWork',
    headline: source.title,
    publisher: { '@type': 'Organization', name: source.outlet },
    ...(source.url ? { url: source.url } : {}),
    ...(source.published !== 'undated' ? { datePublished: source.published } : {}),
    inLanguage: source.language,
  };
}

/** The earliest dated source; undated ones only if nothing is dated. Ties keep claim order. */
function firstAppearance(sources: readonly Source[]): Source {
  const dated = sources.filter((s) => s.published !== 'undated');
  const pool = dated.length ? dated : sources;
  return pool.reduce((first, s) => (s.published < first.published ? s : first));
}

export interface ClaimReviewInput {
  claim: Claim;
  /** The claim's sources, resolved, in the claim's order. */
  sources: readonly Source[];
  pageUrl: string;
  homeUrl: string;
  /** When this project first published the review: the earliest report carrying the claim. */
  datePublished?: string | undefined;
}

/** Null unless the status is a verdict: "reported" or "claimed" describe sourcing, not truth. */
export function claimReview(input: ClaimReviewInput): ClaimReviewDocument | null {
  const { claim, sources } = input;
  const status = STATUSES[claim.status];
  if (!status.verdict || status.rating === undefined || sources.length === 0) return null;
  const publisher = organization(input.homeUrl);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: input.pageUrl,
    claimReviewed: claim.statement,
    reviewBody: claim.basis,
    reviewRating: { '@type': 'Rating', ratingValue: status.rating, bestRating: 5, worstRating: 1, alternateName: status.label },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': claim.claimant.identification === 'institution' ? 'Organization' : 'Person', name: claimantLabel(claim.claimant) },
      datePublished: claim.date,
      appearance: sources.map(creativeWork),
      firstAppearance: creativeWork(firstAppearance(sources)),
    },
    author: publisher,
    publisher,
    ...(input.datePublished ? { datePublished: input.datePublished } : {}),
  };
}

export interface NewsArticleInput {
  article: Report;
  /** The report's sources, resolved. */
  sources: readonly Source[];
  pageUrl: string;
  homeUrl: string;
}

export function newsArticle(input: NewsArticleInput): NewsArticleDocument {
  const { article } = input;
  const publisher = organization(input.homeUrl);
  const basedOn = [...new Set(input.sources.flatMap((s) => (s.url ? [s.url] : [])))];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    datePublished: article.published,
    dateModified: article.updated ?? article.published,
    url: input.pageUrl,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.pageUrl },
    author: publisher,
    // The desk that edits the reports, as the about page names it.
    editor: { '@type': 'Organization', name: EDITORS, url: new URL('about/', input.homeUrl).href },
    publisher,
    ...(basedOn.length ? { isBasedOn: basedOn } : {}),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. "<" is escaped so no text in the
 * content ("</script>", "<!--") can end the element early; JSON parsers read \u003c as "<".
 */
export function serialiseJsonLd(data: unknown): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
