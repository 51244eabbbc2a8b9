import { describe, expect, it } from 'vitest';
import { reportSchema, claimSchema, sourceSchema, type Claim } from '../../src/schema/index.ts';
import { claimReview, newsArticle, serialiseJsonLd } from '../../src/lib/output/jsonld.ts';
import { STATUS_LIST } from '../../src/lib/text/labels.ts';

const gazette = sourceSchema.parse({
  id: 'gazette',
  outlet: 'Fixture Gazette',
  title: 'Wardens recruit',
  published: '2022-08-10',
  url: 'https://example.org/a',
  language: 'en',
  kind: 'original-reporting',
});
const herald = sourceSchema.parse({
  id: 'herald',
  outlet: 'Fixture Herald',
  title: 'Our own count',
  published: '2022-07',
  language: 'ru',
  kind: 'original-reporting',
});
const mirror = sourceSchema.parse({
  id: 'mirror',
  outlet: 'Fixture Mirror',
  title: 'A copy',
  published: 'undated',
  language: 'en',
  kind: 'translation',
  derivedFrom: 'gazette',
});

const claimWith = (status: string, extra: Record<string, unknown> = {}): Claim =>
  claimSchema.parse({
    id: 'c',
    statement: 'Wardens offered a pardon.',
    claimant: { name: 'an inmate', identification: 'anonymous', kind: 'anonymous-source' },
    date: '2022-08',
    sources: [{ id: 'gazette' }, { id: 'herald' }],
    status,
    basis: 'Two independent outlets.',
    ...(status === 'superseded' ? { supersededBy: 'd' } : {}),
    ...(status === 'confirmed' ? { assessedBy: 'Fixture Gazette' } : {}),
    // Only an interested party's word is "claimed" (the claimant-kind-status rule).
    ...(status === 'claimed' ? { claimant: { name: 'a ministry', identification: 'institution', kind: 'party-to-war' } } : {}),
    ...extra,
  });

const input = (claim: Claim, sources = [gazette, herald]) => ({
  claim,
  sources,
  pageUrl: 'https://colony.example/investigations/claims/c/',
  homeUrl: 'https://colony.example/investigations/',
  datePublished: '2026-11-01',
});

describe('ClaimReview', () => {
  it('is published for verdicts only', () => {
    for (const s of STATUS_LIST) {
      const review = claimReview(input(claimWith(s.id)));
      if (s.verdict) expect(review, s.id).not.toBeNull();
      else expect(review, s.id).toBeNull();
    }
    expect(STATUS_LIST.filter((s) => s.verdict).map((s) => s.id)).toEqual(['confirmed', 'corroborated', 'disputed', 'misleading', 'false', 'superseded']);
  });

  it('has the fields ClaimReview requires', () => {
    const review = claimReview(input(claimWith('corroborated')))!;
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://colony.example/investigations/claims/c/',
      claimReviewed: 'Wardens offered a pardon.',
      datePublished: '2026-11-01',
      author: { '@type': 'Organization', name: 'From Colony to Front', url: 'https://colony.example/investigations/' },
      reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: 'Corroborated' },
    });
  });

  it('rates from the vocabulary: false is 1, confirmed is 5', () => {
    expect(claimReview(input(claimWith('false')))!.reviewRating).toMatchObject({ ratingValue: 1, alternateName: 'False' });
    expect(claimReview(input(claimWith('confirmed', { assessedBy: 'this project' })))!.reviewRating).toMatchObject({
      ratingValue: 5,
      alternateName: 'Confirmed',
    });
  });

  it('reviews a Claim with where it appeared and where it appeared first', () => {
    const item = claimReview(input(claimWith('corroborated')))!.itemReviewed;
    expect(item['@type']).toBe('Claim');
    expect(item.datePublished).toBe('2022-08');
    expect(item.author).toEqual({ '@type': 'Person', name: 'an inmate (anonymous)' });
    expect(item.appearance).toEqual([
      {
        '@type': 'CreativeWork',
        headline: 'Wardens recruit',
        publisher: { '@type': 'Organization', name: 'Fixture Gazette' },
        url: 'https://example.org/a',
        datePublished: '2022-08-10',
        inLanguage: 'en',
      },
      {
        '@type': 'CreativeWork',
        headline: 'Our own count',
        publisher: { '@type': 'Organization', name: 'Fixture Herald' },
        datePublished: '2022-07',
        inLanguage: 'ru',
      },
    ]);
    // The Herald (July) predates the Gazette (10 August), whatever the listing order.
    expect(item.firstAppearance.headline).toBe('Our own count');
  });

  it('never invents a URL or a date for a source', () => {
    const item = claimReview(input(claimWith('false', { sources: [{ id: 'mirror' }] }), [mirror]))!.itemReviewed;
    expect(item.firstAppearance).not.toHaveProperty('url');
    expect(item.firstAppearance).not.toHaveProperty('datePublished');
    expect(item.firstAppearance.publisher.name).toBe('Fixture Mirror');
  });

  it('leaves out datePublished when no report carries the claim yet', () => {
    expect(claimReview({ ...input(claimWith('disputed')), datePublished: undefined })).not.toHaveProperty('datePublished');
  });

  it('names an institution as an Organization', () => {
    const claim = claimWith('false', { claimant: { name: 'Ministry', identification: 'institution', kind: 'outlet' } });
    expect(claimReview(input(claim))!.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Ministry' });
  });
});

describe('NewsArticle', () => {
  const article = reportSchema.parse({
    title: 'Volunteers leave the lakeside colony',
    summary: 'A summary.',
    published: '2026-11-01',
    updated: '2026-11-03',
    sources: ['gazette', 'herald', 'mirror'],
    verification: { status: 'corroborated', basis: 'Two.' },
  });
  const base = { sources: [gazette, herald, mirror, gazette], pageUrl: 'https://colony.example/reports/r/', homeUrl: 'https://colony.example/' };

  it('has the fields NewsArticle needs', () => {
    expect(newsArticle({ article, ...base })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Volunteers leave the lakeside colony',
      description: 'A summary.',
      datePublished: '2026-11-01',
      dateModified: '2026-11-03',
      url: 'https://colony.example/reports/r/',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://colony.example/reports/r/' },
      author: { '@type': 'Organization', name: 'From Colony to Front', url: 'https://colony.example/' },
      editor: { '@type': 'Organization', name: 'the From Colony to Front desk', url: 'https://colony.example/about/' },
      publisher: { '@type': 'Organization', name: 'From Colony to Front', url: 'https://colony.example/' },
      // Only sources with a known URL, each once.
      isBasedOn: ['https://example.org/a'],
    });
  });

  it('uses the publication date as dateModified when never updated, and omits isBasedOn without URLs', () => {
    const doc = newsArticle({ article: { ...article, updated: undefined }, ...base, sources: [mirror] });
    expect(doc.dateModified).toBe('2026-11-01');
    expect(doc).not.toHaveProperty('isBasedOn');
  });
});

describe('serialising for a script element', () => {
  it('escapes "<" so content cannot close the element, and stays valid JSON', () => {
    const data = { claimReviewed: 'He wrote </script><script>alert(1)</script> and <!-- this' };
    const text = serialiseJsonLd(data);
    expect(text).not.toContain('<');
    expect(text).toContain('\\u003c/script>');
    expect(JSON.parse(text)).toEqual(data);
  });
});
