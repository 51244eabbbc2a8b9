/** Open data files, JSON-LD and per-status claim pages in the built fixture site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { exists, htmlFiles, page } from '../support/html.ts';
import { FIXTURE_CONTENT, ROOT, SUBPATH } from '../support/paths.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { STATUS_IDS } from '../../src/schema/status.ts';

const builds = [
  { name: 'at the root', dist: inject('rootDist'), origin: 'https://colony.example/' },
  { name: 'under a base path', dist: inject('subpathDist'), origin: `https://colony.example${SUBPATH}` },
];
const dist = builds[0]!.dist;

// Expected ids come from the fixture itself, read by the checker, so adding fixture records keeps this test true.
const fixture = checkContent({ root: ROOT, contentDir: FIXTURE_CONTENT }).content;
const PUBLISHED_CLAIMS = fixture.claims
  .filter((c) => !c.data.draft)
  .map((c) => c.id)
  .sort();
const SOURCES = fixture.sources.map((s) => s.id).sort();
const STATUSES_WITH_CLAIMS = [...new Set(fixture.claims.filter((c) => !c.data.draft).map((c) => c.data.status))].sort();

const file = (d: string, path: string) => readFileSync(join(d, path), 'utf8');
const json = (d: string, path: string) => JSON.parse(file(d, path));

/** Every JSON-LD object in a page's <head>. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON, walked by the assertions that follow
function jsonLd(html: string): Array<Record<string, any>> {
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}

describe.each(builds)('open data $name', ({ dist: d, origin }) => {
  it('lists every published claim exactly once, with absolute URLs, and no draft', () => {
    const doc = json(d, 'data/claims.json');
    expect(doc.schemaVersion).toBe(2);
    expect(doc.generated).toEqual(expect.any(String));
    expect(doc.site).toBe(origin);
    const ids = doc.claims.map((c: { id: string }) => c.id);
    expect(ids).toEqual(PUBLISHED_CLAIMS);
    expect(doc.count).toBe(PUBLISHED_CLAIMS.length);
    expect(file(d, 'data/claims.json')).not.toContain('fixture-draft');
    for (const c of doc.claims) {
      expect(c.pageUrl).toBe(`${origin}claims/${c.id}/`);
      for (const s of c.sources) expect(s.pageUrl).toBe(`${origin}sources/${s.id}/`);
      for (const r of c.reports) expect(r.pageUrl).toBe(`${origin}reports/${r.id}/`);
      // Each page URL names a page that was built.
      expect(exists(d, `${c.pageUrl.slice(origin.length)}index.html`), c.pageUrl).toBe(true);
    }
  });

  it('carries the status, its label and the reports that cite each claim', () => {
    const pardon = json(d, 'data/claims.json').claims.find((c: { id: string }) => c.id === 'fixture-wardens-offered-pardon');
    expect(pardon).toMatchObject({ status: 'corroborated', statusLabel: 'Corroborated', date: '2022-08-10', reports: [{ id: 'fixture-lakeside-report' }] });
    expect(pardon.sources.map((s: { id: string }) => s.id)).toEqual(['fixture-original', 'fixture-independent']);
  });

  it('writes CSV that parses back to the same claims', () => {
    const rows: Record<string, string>[] = parse(file(d, 'data/claims.csv'), { columns: true });
    expect(rows.map((r) => r.id)).toEqual(PUBLISHED_CLAIMS);
    const ninety = rows.find((r) => r.id === 'fixture-copy-says-ninety')!;
    // The statement holds a comma, so it must have been quoted to survive.
    expect(ninety.statement).toBe('The translated copy says ninety volunteers left, where the original says nineteen.');
    expect(ninety.statusLabel).toBe('False');
    expect(ninety.pageUrl).toBe(`${origin}claims/fixture-copy-says-ninety/`);
    expect(rows.find((r) => r.id === 'fixture-wardens-offered-pardon')!['sources.pageUrl']).toBe(
      `${origin}sources/fixture-original/; ${origin}sources/fixture-independent/`,
    );
  });

  it('lists every source in JSON and CSV with its page URL', () => {
    const doc = json(d, 'data/sources.json');
    expect(doc.schemaVersion).toBe(2);
    expect(doc.sources.map((s: { id: string }) => s.id)).toEqual(SOURCES);
    for (const s of doc.sources) expect(s.pageUrl).toBe(`${origin}sources/${s.id}/`);
    expect(doc.sources.find((s: { id: string }) => s.id === 'fixture-original').claims).not.toContain('fixture-draft-claim');
    const rows: Record<string, string>[] = parse(file(d, 'data/sources.csv'), { columns: true });
    expect(rows.map((r) => r.id)).toEqual(SOURCES);
  });

  it('lists every published finding in JSON and CSV, each with its page, and never as a claim', () => {
    const doc = json(d, 'data/findings.json');
    expect(doc.schemaVersion).toBe(2);
    const ids = fixture.findings.map((f) => f.id).sort();
    expect(doc.findings.map((f: { id: string }) => f.id)).toEqual(ids);
    expect(doc.findings[0]).toMatchObject({
      id: 'fixture-copy-drops-dateline',
      kind: 'dateline',
      certainty: 'established',
      pageUrl: `${origin}findings/fixture-copy-drops-dateline/`,
    });
    expect(json(d, 'data/claims.json').claims.map((c: { id: string }) => c.id)).not.toContain('fixture-copy-drops-dateline');
    const rows: Record<string, string>[] = parse(file(d, 'data/findings.csv'), { columns: true });
    expect(rows.map((r) => r.id)).toEqual(ids);
    // The finding's page and the page of the text it is about both show it, with no ClaimReview.
    const findingPage = page(d, '/findings/fixture-copy-drops-dateline/');
    expect(findingPage).toContain('Finding by this project');
    expect(jsonLd(findingPage).filter((o) => o['@type'] === 'ClaimReview')).toEqual([]);
    expect(page(d, '/sources/fixture-copy/')).toContain('id="finding-fixture-copy-drops-dateline"');
  });

  it('gives each claim and report page a canonical URL with the base once', () => {
    expect(page(d, '/claims/fixture-marmalade-quota/')).toContain(`<link rel="canonical" href="${origin}claims/fixture-marmalade-quota/">`);
    expect(page(d, '/reports/fixture-lakeside-report/')).toContain(`<link rel="canonical" href="${origin}reports/fixture-lakeside-report/">`);
  });
});

describe('JSON-LD', () => {
  it('puts a ClaimReview on a claim page whose status is a verdict', () => {
    for (const [id, rating, label] of [
      ['fixture-copy-says-ninety', 1, 'False'],
      ['fixture-wardens-offered-pardon', 4, 'Corroborated'],
    ] as const) {
      const docs = jsonLd(page(dist, `/claims/${id}/`));
      expect(docs, id).toHaveLength(1);
      expect(docs[0]).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: `https://colony.example/claims/${id}/`,
        claimReviewed: expect.any(String),
        datePublished: '2026-11-01',
        author: { '@type': 'Organization', name: 'From Colony to Front' },
        reviewRating: { '@type': 'Rating', ratingValue: rating, bestRating: 5, worstRating: 1, alternateName: label },
        itemReviewed: { '@type': 'Claim', appearance: expect.any(Array), firstAppearance: { '@type': 'CreativeWork', publisher: { '@type': 'Organization' } } },
      });
    }
    const pardon = jsonLd(page(dist, '/claims/fixture-wardens-offered-pardon/'))[0]!;
    expect(pardon.itemReviewed.appearance.map((a: { headline: string }) => a.headline)).toEqual([
      'Wardens recruit volunteers at the lakeside colony',
      'Our own count of lakeside recruits',
    ]);
    expect(pardon.itemReviewed.firstAppearance).toMatchObject({ url: 'https://example.org/lakeside-colony', datePublished: '2022-08-10' });
  });

  it('puts none on a claim that is only reported', () => {
    for (const id of ['fixture-marmalade-quota', 'fixture-unplaced-claim']) {
      expect(page(dist, `/claims/${id}/`), id).not.toContain('application/ld+json');
    }
  });

  it('puts a NewsArticle on a report page', () => {
    const docs = jsonLd(page(dist, '/reports/fixture-lakeside-report/'));
    expect(docs).toHaveLength(1);
    expect(docs[0]).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Volunteers leave the lakeside colony',
      description: 'A fixture report that places claims in its text and lists one more.',
      datePublished: '2026-11-01',
      dateModified: '2026-11-03',
      url: 'https://colony.example/reports/fixture-lakeside-report/',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://colony.example/reports/fixture-lakeside-report/' },
      author: { '@type': 'Organization', name: 'From Colony to Front', url: 'https://colony.example/' },
      editor: { '@type': 'Organization', name: 'the From Colony to Front desk', url: 'https://colony.example/about/' },
      publisher: { '@type': 'Organization', name: 'From Colony to Front', url: 'https://colony.example/' },
      isBasedOn: ['https://example.org/lakeside-colony'],
    });
  });

  it('uses absolute URLs with the base under a subpath', () => {
    const subDist = builds[1]!.dist;
    expect(jsonLd(page(subDist, '/claims/fixture-copy-says-ninety/'))[0]!.url).toBe(`https://colony.example${SUBPATH}claims/fixture-copy-says-ninety/`);
    expect(jsonLd(page(subDist, '/reports/fixture-lakeside-report/'))[0]!.url).toBe(`https://colony.example${SUBPATH}reports/fixture-lakeside-report/`);
  });
});

describe('claims by status', () => {
  it('builds a page for each status that has claims, and none for the others', () => {
    const statusPages = htmlFiles(dist).filter((f) => f.startsWith('/claims/status/'));
    expect(statusPages).toEqual(STATUSES_WITH_CLAIMS.map((s) => `/claims/status/${s}/index.html`));
  });

  it('lists only the claims with that status', () => {
    const html = page(dist, '/claims/status/reported/');
    expect(html).toContain('href="/claims/fixture-marmalade-quota/"');
    expect(html).toContain('href="/claims/fixture-unplaced-claim/"');
    expect(html).not.toContain('href="/claims/fixture-copy-says-ninety/"');
    expect(html).not.toContain('href="/claims/fixture-wardens-offered-pardon/"');
    expect(html).not.toContain('A draft claim that must not be published');
  });

  it('links every status page from the status navigation, marking the current one', () => {
    for (const path of ['/claims/', '/claims/status/false/']) {
      const nav = /<nav aria-label="Claims by status"[\s\S]*?<\/nav>/.exec(page(dist, path))?.[0] ?? '';
      for (const s of STATUS_IDS) {
        if (STATUSES_WITH_CLAIMS.includes(s)) expect(nav, path).toContain(`href="/claims/status/${s}/"`);
        else expect(nav, path).not.toContain(`/claims/status/${s}/`);
      }
    }
    const nav = /<nav aria-label="Claims by status"[\s\S]*?<\/nav>/.exec(page(dist, '/claims/status/false/'))![0];
    expect(nav).toMatch(/href="\/claims\/status\/false\/" aria-current="page"/);
  });

  it('links under the base path', () => {
    expect(page(builds[1]!.dist, '/claims/')).toContain(`href="${SUBPATH}claims/status/false/"`);
  });
});

describe('links to the open data', () => {
  it('links the files from the claims and sources indexes, under the base', () => {
    for (const { dist: d } of builds) {
      const base = d === dist ? '/' : SUBPATH;
      expect(page(d, '/claims/')).toContain(`href="${base}data/claims.csv"`);
      expect(page(d, '/claims/')).toContain(`href="${base}data/claims.json"`);
      expect(page(d, '/sources/')).toContain(`href="${base}data/sources.csv"`);
      expect(page(d, '/sources/')).toContain(`href="${base}data/sources.json"`);
    }
  });
});
