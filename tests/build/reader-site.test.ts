/**
 * What a newcomer reads in the built fixture: the home page's findings and figures, and a
 * report's furniture (length, contents, "What we found", no rating of the report as a whole).
 * Expected values are written out from tests/fixtures/site.
 */
import { describe, expect, inject, it } from 'vitest';
import { attributes, htmlFiles, page } from '../support/html.ts';
import { NEWSROOM_PHRASES } from '../../src/lib/text/plain-words.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
const region = (html: string, id: string) => {
  const start = html.indexOf(`aria-labelledby="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
};

describe('home page', () => {
  const html = () => page(inject('rootDist'), '/');

  it('gives each claimant’s latest figure with who gave it and its status', () => {
    const figures = text(region(html(), 'home-figures-heading'));
    expect(figures).toContain('Prisoners recruited');
    // Fixture Herald's at least 2,000 (February 2024, reported) is newer than its 250–400; the ministry's 1,200; Zofia's 317.
    expect(figures).toMatch(/at least 2,000 prisoners Fixture Herald, to February 2024 ● Reported/);
    expect(figures).toMatch(/1,200 prisoners Ministry of Lakeside Affairs, to June 2023 ◇ Claimed/);
    expect(figures).not.toContain('250–400');
    expect(figures).toMatch(/Recruited prisoners killed 600–900 prisoners Fixture Herald, to February 2024 ○ Unverified/);
  });

  it('gives the spread of statuses, each linked to its claims', () => {
    const spread = region(html(), 'home-spread-heading');
    // Published fixture claims: 6 reported (the seventh is a draft), 3 claimed, 1 false.
    expect(text(spread)).toMatch(/● Reported 6 /);
    expect(text(spread)).toMatch(/◇ Claimed 3 /);
    expect(text(spread)).toMatch(/✘ False 1 /);
    expect(attributes(spread, 'href')).toContain('/claims/status/reported/');
  });

  it('gives the newest correction, the last update, who we are and a way in for each reader', () => {
    const h = html();
    expect(text(region(h, 'home-corrections'))).toMatch(/3 November 2026 ?, Volunteers leave the lakeside colony: Corrected the number of volunteers\./);
    expect(attributes(region(h, 'home-corrections'), 'href')).toEqual(['/reports/fixture-lakeside-report/#log']);
    expect(h).toContain('Last updated <time datetime="2026-11-03">3 November 2026</time>');
    expect(attributes(h, 'href')).toEqual(expect.arrayContaining(['/about/', '/data/', '/search/', '/reports/', '/methodology/']));
    expect(text(region(h, 'home-ways-heading'))).toMatch(/Reading\?.*Researching\?.*Spotted an error, or have a tip\?/);
  });

  it('dates each report card by its own last change and shows no status badge for a report', () => {
    const list = region(html(), 'latest');
    expect(text(list)).toContain('Updated 3 November 2026 First published 1 November 2026 1 correction 34 words, 1 min read');
    expect(text(list)).toContain('Published 1 October 2026');
    expect(list).not.toContain('class="badge');
  });

  it('labels the header search box where it can be seen', () => {
    expect(html()).toMatch(/<input id="site-search-q"[^>]* placeholder="Search: a name, place or claim"/);
  });
});

describe('report furniture', () => {
  const lakeside = () => page(inject('rootDist'), '/reports/fixture-lakeside-report/');

  it('counts the prose a reader reads, not the page around it', () => {
    // 9 + 2 + 9 + 2 + 9 + 3 words in fixture-lakeside-report.mdx, headings included.
    expect(text(lakeside())).toContain('34 words, 1 min read');
  });

  it('lists the report’s headings in a contents list before the text', () => {
    const h = lakeside();
    const nav = h.slice(h.indexOf('<nav class="report-contents"'), h.indexOf('</nav>', h.indexOf('<nav class="report-contents"')));
    expect(attributes(nav, 'href').slice(0, 2)).toEqual(['#the-quota', '#the-copy']);
    expect(h.indexOf('class="report-contents"')).toBeLessThan(h.indexOf('class="prose"'));
    expect(h).toContain('id="the-quota"');
  });

  it('has no status badge for the report as a whole, and a “What we found” box from its findings', () => {
    expect(lakeside()).not.toContain('This report as a whole');
    const second = page(inject('rootDist'), '/reports/fixture-second-report/');
    const found = region(second, 'report-found-heading');
    expect(text(found)).toContain('The translated copy carries no date, though the original it copies is dated 10 August 2022. (established)');
    expect(text(found)).toContain('What this report rests on: One outlet.');
    expect(found).not.toContain('class="badge');
  });

  it('places each claim as its words and a status marker, with the detail in a popover', () => {
    const h = lakeside();
    const claim = h.slice(h.indexOf('<span class="claim"><span id="claim-fixture-marmalade-quota"'));
    expect(claim).toMatch(/^[\s\S]*?<button type="button" class="claim-marker claim-marker-reported" popovertarget="claim-detail-fixture-marmalade-quota"/);
    expect(claim).toMatch(/<span class="claim-detail" id="claim-detail-fixture-marmalade-quota" popover="auto">/);
    expect(text(claim.slice(0, claim.indexOf('</a></span></span></span>')))).toContain('Said by “Zofia Quillfeather” (name changed)');
  });
});

describe('plain words', () => {
  it('shows no newsroom phrase on any page built from the project’s own content', () => {
    const dist = inject('contentDist');
    const found: string[] = [];
    for (const file of htmlFiles(dist)) {
      const words = text(page(dist, file)).toLowerCase();
      for (const phrase of NEWSROOM_PHRASES) if (words.includes(phrase)) found.push(`${file}: ${phrase}`);
    }
    expect(found).toEqual([]);
  });

  it('explains the terms that stay in a glossary, and tells reported, unverified and claimed apart', () => {
    const methodology = text(page(inject('rootDist'), '/methodology/'));
    for (const term of ['Research notes', 'Archived page', 'Original and copy', 'Finding']) expect(methodology).toContain(term);
    expect(methodology).toMatch(/reported means one credible outlet published it.*unverified means even the outlet that carried it.*claimed means/);
  });
});

describe('open data page', () => {
  const dist = () => inject('rootDist');

  it('lists every file in data/ with a size and SHA-256 sum that match the bytes written', () => {
    const html = page(dist(), '/data/');
    const rows = [...html.matchAll(/<tr data-file="([^"]+)">[\s\S]*?data-bytes="(\d+)"[\s\S]*?<code class="sha256">([0-9a-f]{64})<\/code>/g)];
    const files = readdirSync(join(dist(), 'data')).filter((f) => f !== 'index.html' && f !== 'SHA256SUMS');
    expect(rows.map((r) => r[1]).sort()).toEqual(files.sort());
    expect(files).toEqual(expect.arrayContaining(['claims.json', 'claims.csv', 'findings.json', 'findings.csv', 'sources.json', 'entities.csv']));
    for (const [, name, bytes, sum] of rows) {
      const content = readFileSync(join(dist(), 'data', name!));
      expect(Number(bytes), name).toBe(content.byteLength);
      expect(sum, name).toBe(createHash('sha256').update(content).digest('hex'));
    }
    expect(readFileSync(join(dist(), 'data', 'SHA256SUMS'), 'utf8')).toContain(`${rows[0]![3]}  ${rows[0]![1]}`);
  });

  it('documents nested columns from the schema, states the licence and the schema versions, and cites each dataset', () => {
    const html = page(dist(), '/data/');
    expect(html).toMatch(/<code>figure\.atLeast<\/code><\/dt>\s*<dd>True where the figure is a floor/);
    expect(html).toMatch(/<a href="https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/" rel="[^"]*\blicense\b/);
    // The fixture publishes one finding: one record, not "1 records".
    expect(text(html)).toContain('1 record: findings.json');
    expect(text(html)).toContain('Creative Commons Attribution 4.0 International (CC BY 4.0)');
    expect(text(html)).toMatch(/Version 2 , 27 November 2026|Version 2, 27 November 2026/);
    for (const name of ['Claims', 'Findings', 'Sources'])
      expect(text(html)).toContain(`From Colony to Front (2026). ${name} [Data set, schema version 2]. CC BY 4.0. https://colony.example/data/`);
  });

  it('links the findings files and is linked from every page’s footer, under the base', () => {
    expect(attributes(page(dist(), '/data/'), 'href')).toEqual(expect.arrayContaining(['/data/findings.json', '/data/findings.csv']));
    expect(attributes(page(dist(), '/claims/'), 'href')).toContain('/data/');
    const sub = page(inject('subpathDist'), '/data/');
    expect(attributes(sub, 'href')).toContain('/investigations/data/claims.json');
  });
});

describe('about page', () => {
  it('says who publishes, that no contact channel is set until the publisher sets one, and how to send a tip safely', () => {
    const html = page(inject('rootDist'), '/about/');
    const words = text(html);
    expect(words).toContain('Who publishes it');
    expect(html).toContain('data-contact-unset');
    expect(words).toContain('CONTACT_EMAIL');
    expect(words).toMatch(/no contact form and loads nothing from other companies/);
    // No address is invented: no mail link, no form.
    expect(attributes(html, 'href').filter((h) => h.startsWith('mailto:'))).toEqual([]);
    expect(html).not.toContain('<form action');
  });

  it('names the desk as each report’s editor, in the byline and in the JSON-LD', () => {
    const html = page(inject('rootDist'), '/reports/fixture-lakeside-report/');
    expect(text(html)).toContain('By the From Colony to Front desk');
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
    expect(ld.editor).toEqual({ '@type': 'Organization', name: 'the From Colony to Front desk', url: 'https://colony.example/about/' });
  });
});

describe('social preview images', () => {
  it.each([
    ['/reports/fixture-lakeside-report/', 'og/reports/fixture-lakeside-report.png'],
    // A claim's card is its status's (fixture-marmalade-quota is "reported"): one image per status, not per claim.
    ['/claims/fixture-marmalade-quota/', 'og/status/reported.png'],
  ])('%s names a 1200×630 PNG drawn at build time, under the base', (path, image) => {
    for (const [distOf, base] of [
      [() => inject('rootDist'), '/'],
      [() => inject('subpathDist'), '/investigations/'],
    ] as const) {
      const html = page(distOf(), path);
      expect(html).toContain(`<meta property="og:image" content="https://colony.example${base}${image}">`);
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
      const png = readFileSync(join(distOf(), image));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });

  it('gives pages without their own image the plain summary card', () => {
    expect(page(inject('rootDist'), '/')).toContain('<meta name="twitter:card" content="summary">');
    expect(page(inject('rootDist'), '/')).not.toContain('og:image');
  });
});
