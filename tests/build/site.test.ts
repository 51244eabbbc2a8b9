/** The fixture site, built once (global setup), inspected as files in dist/. */
import { describe, expect, inject, it } from 'vitest';
import { attributes, exists, htmlFiles, page } from '../support/html.ts';
import { SUBPATH } from '../support/paths.ts';

const dist = inject('rootDist');
const subDist = inject('subpathDist');

describe('pages', () => {
  it('builds a page per published report, source and claim, and none for drafts', () => {
    const files = htmlFiles(dist);
    expect(files).toEqual(
      expect.arrayContaining([
        '/index.html',
        '/404.html',
        '/reports/fixture-lakeside-report/index.html',
        '/reports/fixture-second-report/index.html',
        '/sources/index.html',
        '/sources/fixture-original/index.html',
        '/sources/fixture-copy/index.html',
        '/sources/fixture-independent/index.html',
        '/claims/index.html',
        '/claims/fixture-wardens-offered-pardon/index.html',
        '/claims/fixture-unplaced-claim/index.html',
        '/methodology/index.html',
      ]),
    );
    expect(files.filter((f) => f.includes('draft'))).toEqual([]);
  });

  it('lists the latest reports on the home page, newest first', () => {
    const home = page(dist, '/');
    const first = home.indexOf('Volunteers leave the lakeside colony');
    const second = home.indexOf('A second fixture report about the heron count');
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(home).not.toContain('Draft report that must not be published');
  });

  it('renders placed claims in context with status text, claimant and sources', () => {
    const html = page(dist, '/reports/fixture-lakeside-report/');
    const placed = html.slice(html.indexOf('id="claim-fixture-marmalade-quota"'));
    expect(placed).toMatch(/the colony wanted 317 marmalade-painting recruits/);
    expect(placed).toMatch(/class="badge badge-reported"[^>]*>.*Reported/);
    expect(placed).toContain('“Zofia Quillfeather” (name changed)');
    expect(placed).toContain('Fixture Gazette');
    // The claim listed in frontmatter but not placed in the text is shown at the end.
    expect(html).toContain('Further claims in this report');
    expect(html).toContain("The colony's governor declined to comment on the zeppelin transfers.".replace("'", '&#39;'));
  });

  it('gives each page one lang, one main with the search body, and a skip link', () => {
    for (const file of htmlFiles(dist)) {
      const html = page(dist, file);
      // The Russian edition is under /ru/.
      expect(html, file).toMatch(file.startsWith('/ru/') ? /<html lang="ru"/ : /<html lang="en"/);
      expect(html.match(/<main\b/g), file).toHaveLength(1);
      expect(html, file).toContain('href="#main"');
      expect(html.match(/data-pagefind-body/g)?.length ?? 0, file).toBeLessThanOrEqual(1);
    }
    expect(page(dist, '/reports/fixture-lakeside-report/')).toMatch(/<main[^>]*data-pagefind-body/);
  });

  it('writes the Pagefind bundle', () => {
    for (const f of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind-worker.js']) expect(exists(dist, f), f).toBe(true);
  });
});

describe('under a base path', () => {
  it('prefixes every internal link and canonical URL with the base', () => {
    for (const file of htmlFiles(subDist)) {
      const html = page(subDist, file);
      for (const href of [...attributes(html, 'href'), ...attributes(html, 'src')]) {
        if (/^(https?:|mailto:|#)/.test(href)) continue;
        expect(href, `${file}: ${href}`).toMatch(new RegExp(`^${SUBPATH}`));
      }
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(canonical, file).toMatch(new RegExp(`^https://colony\\.example${SUBPATH}`));
    }
  });

  it('declares the site icon on every page, under the base path, so browsers do not ask for /favicon.ico', () => {
    for (const file of htmlFiles(subDist)) {
      const icon = /<link rel="icon" href="([^"]+)"/.exec(page(subDist, file))?.[1];
      expect(icon, file).toBe(`${SUBPATH}favicon.svg`);
    }
    expect(exists(subDist, 'favicon.svg')).toBe(true);
  });
});
