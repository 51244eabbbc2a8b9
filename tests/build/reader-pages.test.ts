/** The reading features in the built fixture: feeds, sitemap, metadata, timeline, figures, lineage, report furniture. */
import { describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributes, exists, htmlFiles, page } from '../support/html.ts';
import { SUBPATH } from '../support/paths.ts';

const ORIGIN = 'https://colony.example';
// Written from tests/fixtures/site/reports/, newest first as the feed lists them (fixture-draft is a draft).
const PUBLISHED = ['fixture-lakeside-report', 'fixture-second-report', 'fixture-long-report'];
const builds = [
  ['domain root', () => inject('rootDist'), '/'],
  ['subpath', () => inject('subpathDist'), SUBPATH],
] as const;

// Old addresses in the fixture (formerIds, formerClaimIds) and where they lead, without the base.
const MOVED = [
  { from: 'claims/fixture-wardens-promised-pardon/', to: 'claims/fixture-wardens-offered-pardon/', title: 'Wardens at the lakeside colony offered a pardon' },
  { from: 'claims/fixture-copy-drops-dateline/', to: 'findings/fixture-copy-drops-dateline/', title: 'The translated copy carries no date' },
  { from: 'sources/fixture-first-original/', to: 'sources/fixture-original/', title: 'Wardens recruit volunteers at the lakeside colony' },
];

const meta = (html: string, key: string) => new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];
/** How many lists enclose the given position: the nesting depth of a tree item. */
const listDepth = (html: string, at: number) => {
  const before = html.slice(0, at);
  return (before.match(/<ul\b/g)?.length ?? 0) - (before.match(/<\/ul>/g)?.length ?? 0);
};
const section = (html: string, id: string) => {
  const start = html.indexOf(`aria-labelledby="${id}"`);
  expect(start, `section ${id}`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
};

describe.each(builds)('feeds and metadata at the %s', (_, distOf, base) => {
  it('lists every published report in the RSS feed, with absolute links under the base, and no draft', () => {
    const rss = readFileSync(join(distOf(), 'rss.xml'), 'utf8');
    const links = [...rss.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]);
    expect(links).toEqual(PUBLISHED.map((id) => `${ORIGIN}${base}reports/${id}/`));
    expect(rss).toContain('<title>Volunteers leave the lakeside colony</title>');
    expect(rss).toMatch(/<pubDate>Sun, 01 Nov 2026 00:00:00 GMT<\/pubDate>/);
    expect(rss).not.toContain('draft');
  });

  it('lists every page in the sitemap under the base, including every report, but no draft and no 404', () => {
    const dist = distOf();
    expect(exists(dist, 'sitemap-index.xml')).toBe(true);
    const xml = readdirSync(dist)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    for (const id of PUBLISHED) expect(locs).toContain(`${ORIGIN}${base}reports/${id}/`);
    for (const path of ['', 'timeline/', 'figures/', 'sources/', 'claims/fixture-herald-killed-2024/']) expect(locs).toContain(`${ORIGIN}${base}${path}`);
    expect(locs.every((l) => l.startsWith(`${ORIGIN}${base}`))).toBe(true);
    expect(locs.filter((l) => /draft|404/.test(l))).toEqual([]);
    // Every built page but the 404 and the old addresses is listed (the search bundle's own files are not pages).
    // The Russian edition's 404 and old addresses are left out as the English ones are.
    const pages = htmlFiles(dist).filter(
      (f) =>
        f !== '/404.html' &&
        f !== '/ru/404/index.html' &&
        !f.startsWith('/pagefind/') &&
        !MOVED.some((m) => f === `/${m.from}index.html` || f === `/ru/${m.from}index.html`),
    );
    expect(locs.length).toBe(pages.length);
    for (const m of MOVED) expect(locs).not.toContain(`${ORIGIN}${base}${m.from}`);
  });

  it('gives every page a canonical URL, a description, Open Graph and Twitter tags and the feed link', () => {
    for (const file of htmlFiles(distOf()).filter((f) => !f.startsWith('/pagefind/'))) {
      const html = page(distOf(), file);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(canonical, file).toMatch(new RegExp(`^${ORIGIN}${base}`));
      expect(meta(html, 'description')?.trim().length, file).toBeGreaterThan(10);
      expect(meta(html, 'og:url'), file).toBe(canonical);
      expect(meta(html, 'og:title'), file).toBeTruthy();
      // Pages with their own preview image (reports and claims, tested in reader-site.test.ts) have the large card.
      expect(meta(html, 'twitter:card'), file).toBe(meta(html, 'og:image') ? 'summary_large_image' : 'summary');
      // Each edition links its own feed.
      expect(html, file).toContain(
        file.startsWith('/ru/')
          ? `<link rel="alternate" type="application/rss+xml" title="Из колонии на фронт: материалы" href="${base}ru/rss.xml">`
          : `<link rel="alternate" type="application/rss+xml" title="From Colony to Front: reports" href="${base}rss.xml">`,
      );
    }
  });

  it('marks reports as articles with their dates, other pages as websites', () => {
    const report = page(distOf(), '/reports/fixture-lakeside-report/');
    expect(meta(report, 'og:type')).toBe('article');
    expect(meta(report, 'article:published_time')).toBe('2026-11-01');
    expect(meta(report, 'article:modified_time')).toBe('2026-11-03');
    expect(meta(page(distOf(), '/timeline/'), 'og:type')).toBe('website');
  });

  it('ships no script on report pages (structured data excepted)', () => {
    for (const id of PUBLISHED) {
      const html = page(distOf(), `/reports/${id}/`);
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(
        scripts.filter((s) => !/type="application\/ld\+json"/.test(s)),
        id,
      ).toEqual([]);
      expect(html, id).not.toMatch(/<link[^>]+rel="modulepreload"/);
    }
  });

  it('links the navigation to the timeline and figures', () => {
    const home = page(distOf(), '/');
    expect(attributes(home, 'href')).toEqual(expect.arrayContaining([`${base}timeline/`, `${base}figures/`]));
  });
});

describe('timeline', () => {
  const html = page(inject('rootDist'), '/timeline/');

  it('shows every event in date order, under its year', () => {
    const titles = [
      'Recruiters arrive at the lakeside colony',
      'The Gazette reports the pardon offer',
      'Colonies stop publishing inmate numbers',
      'The ministry gives its own figures',
      'The Herald publishes its two-year count',
    ];
    const positions = titles.map((t) => html.indexOf(t));
    expect(positions.every((p) => p > -1)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const years = [...html.matchAll(/<h2 id="year-(\d{4})"/g)].map((m) => m[1]);
    expect(years).toEqual(['2022', '2023', '2024']);
    // The 2023 events sit between the 2023 and 2024 headings.
    expect(positions[2]).toBeGreaterThan(html.indexOf('id="year-2023"'));
    expect(positions[3]).toBeLessThan(html.indexOf('id="year-2024"'));
  });

  it('links each event to its claims, with their status, and to its reports', () => {
    const start = html.indexOf('id="event-fixture-herald-two-years"');
    const item = html.slice(start, html.indexOf('</ol>', start));
    expect(attributes(item, 'href')).toEqual(
      expect.arrayContaining(['/claims/fixture-herald-estimate-2024/', '/claims/fixture-herald-killed-2024/', '/reports/fixture-second-report/']),
    );
    expect(item).toMatch(/badge-unverified/);
    expect(html).toContain('<time datetime="2023">2023</time>');
  });
});

describe('figures', () => {
  const html = page(inject('rootDist'), '/figures/');

  it('groups figures by measure, each with a titled, described chart', () => {
    expect([...html.matchAll(/<h2 id="measure-([a-z-]+)"/g)].map((m) => m[1])).toEqual(['recruited', 'killed']);
    const charts = [...html.matchAll(/<svg class="chart-svg"[^>]*>/g)].map((m) => m[0]);
    expect(charts).toHaveLength(2);
    for (const svg of charts) {
      expect(svg).toContain('role="img"');
      const [titleId, descId] = /aria-labelledby="([^"]+)"/.exec(svg)![1]!.split(' ');
      expect(html).toMatch(new RegExp(`<title id="${titleId}">[^<]+</title>`));
      expect(html).toMatch(new RegExp(`<desc id="${descId}">[^<]*figures? \\([^)]+\\) from [^<]+</desc>`));
    }
  });

  it('draws one marker per figure, drawn in the build (no script)', () => {
    const recruited = section(html, 'measure-recruited');
    // The fixture's five "recruited" figures (fixture-marmalade-quota, fixture-herald-estimate-2022,
    // fixture-ministry-recruited-2023, fixture-herald-estimate-2024, fixture-vorkhovo-ledger-count)
    // from four claimants: one marker per figure, plus one legend swatch per claimant.
    expect(recruited.match(/class="chart-marker /g)).toHaveLength(5 + 4);
    expect(recruited.match(/class="chart-range"/g)).toHaveLength(1);
    expect(recruited.match(/class="chart-floor"/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script\b(?![^>]*application\/ld\+json)/);
  });

  it('gives every figure a table row with claimant, date, figure, kind, method and a status linked to the claim', () => {
    const table = section(html, 'measure-killed');
    const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!).slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/<th scope="row">Fixture Herald<\/th>/);
    expect(rows[0]).toContain('<time datetime="2023-03">March 2023</time>');
    expect(rows[0]).toContain('140 prisoners');
    expect(rows[0]).toContain('Named obituaries matched to court records');
    expect(rows[2]).toContain('600–900 prisoners');
    expect(rows[2]).toMatch(/href="\/claims\/fixture-herald-killed-2024\/"[^>]*>.*badge-unverified/s);
    expect(rows[1]).toContain('Not stated');
  });
});

describe('source lineage', () => {
  const html = section(page(inject('rootDist'), '/sources/'), 'lineage-heading');
  const at = (id: string) => html.indexOf(`href="/sources/${id}/"`);

  it('nests each copy beneath the text it derives from', () => {
    expect(listDepth(html, at('fixture-original'))).toBe(1);
    expect(listDepth(html, at('fixture-excerpt'))).toBe(2);
    expect(listDepth(html, at('fixture-copy'))).toBe(2);
    expect(listDepth(html, at('fixture-copy-rewrite'))).toBe(3);
    expect(listDepth(html, at('fixture-roundup'))).toBe(2);
    expect(at('fixture-copy-rewrite')).toBeGreaterThan(at('fixture-copy'));
    expect(at('fixture-copy')).toBeGreaterThan(at('fixture-original'));
  });

  it('says in words what each copy is, and of what', () => {
    const rewrite = html.slice(html.lastIndexOf('<li>', at('fixture-copy-rewrite')), at('fixture-copy-rewrite'));
    expect(rewrite).toMatch(/Rewrite<span class="visually-hidden"> of Fixture Mirror<\/span>/);
    // Sources without copies are not drawn as trees of one.
    expect(at('fixture-ministry-statement')).toBe(-1);
    // Ten fixture sources, six in copy trees: ledger-weekly, river-radio, ministry-statement and herald-followup stand alone.
    expect(html).toContain('4 other sources have no recorded copies.');
  });
});

describe('report page', () => {
  const html = page(inject('rootDist'), '/reports/fixture-lakeside-report/');

  it('lists its sources with archived copies where known', () => {
    const sources = section(html, 'sources');
    expect(attributes(sources, 'href')).toEqual(
      expect.arrayContaining(['/sources/fixture-original/', 'https://archive.example.org/lakeside-colony', '/sources/fixture-copy/']),
    );
    expect(sources).toContain('archived copy');
  });

  it('keeps a log of corrections and publication, newest first', () => {
    const log = section(html, 'log');
    expect(log.indexOf('Corrected the number of volunteers.')).toBeLessThan(log.indexOf('First published.'));
    expect(log).toContain('<time datetime="2026-11-03">3 November 2026</time>');
  });

  it('offers a citation of the report, and one “copy link / cite” per claim with no address on screen', () => {
    const cite = section(html, 'cite');
    expect(cite).toContain(
      'From Colony to Front, “Volunteers leave the lakeside colony”, 1 November 2026, updated 3 November 2026. https://colony.example/reports/fixture-lakeside-report/',
    );
    // The addresses are inside read-only text boxes, not printed as text or links on the page.
    const claims = section(html, 'claims-list');
    expect(claims).toMatch(/^[^>]*>\s*<details class="claims-details">/);
    for (const id of ['fixture-wardens-offered-pardon', 'fixture-marmalade-quota', 'fixture-copy-says-ninety', 'fixture-unplaced-claim']) {
      expect(attributes(claims, 'href')).toContain(`#claim-${id}`);
      expect(claims).toMatch(new RegExp(`<textarea readonly[^>]*>[^<]*https://colony\\.example/reports/fixture-lakeside-report/#claim-${id}</textarea>`));
      expect(html, id).toContain(`id="claim-${id}"`);
    }
    expect(claims.match(/Copy link \/ cite/g)).toHaveLength(4);
    const visibleText = html.replace(/<textarea[\s\S]*?<\/textarea>/g, '').replace(/<[^>]*>/g, ' ');
    expect(visibleText).not.toContain('https://colony.example/reports/fixture-lakeside-report/#claim-');
  });

  it('shows the status key, linked to the methodology and kept out of search', () => {
    const key = html.slice(html.indexOf('<section class="status-key"'), html.indexOf('</section>', html.indexOf('<section class="status-key"')));
    expect(key).toContain('data-pagefind-ignore');
    expect(key.match(/class="badge badge-/g)).toHaveLength(9);
    expect(attributes(key, 'href')).toContain('/methodology/#statuses');
    expect(html).toMatch(/[\d,]+ words, \d+ min read/);
  });
});

describe.each(builds)('old addresses at the %s', (_, distOf, base) => {
  it.each(MOVED)('$from leads to $to: an immediate refresh, a link, the new address as canonical, never a search result', ({ from, to, title }) => {
    const html = page(distOf(), `/${from}`);
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${base}${to}">`);
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}${base}${to}">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(attributes(html, 'href')).toContain(`${base}${to}`);
    expect(html).toContain(title);
    expect(html).not.toContain('data-pagefind-body');
    // The new address is a real page.
    expect(exists(distOf(), `/${to}index.html`)).toBe(true);
  });

  it('publishes no old address of a draft, and lists every old address on the methodology page', () => {
    expect(exists(distOf(), '/claims/fixture-draft-old-address/index.html')).toBe(false);
    const methodology = page(distOf(), '/methodology/');
    for (const m of MOVED) expect(methodology).toContain(`<code>${base}${m.from}</code> → <a href="${base}${m.to}">${base}${m.to}</a>`);
    expect(methodology).not.toContain('fixture-draft-old-address');
  });
});
