/**
 * What a newcomer reads in the built fixture: the home page's findings and figures, and a
 * report's furniture (length, contents, "What we found", no rating of the report as a whole).
 * Expected values are written out from tests/fixtures/site.
 */
import { describe, expect, inject, it } from 'vitest';
import { attributes, page } from '../support/html.ts';

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
    expect(text(region(h, 'home-corrections'))).toContain('3 November 2026 , Volunteers leave the lakeside colony : Corrected the number of volunteers.');
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
