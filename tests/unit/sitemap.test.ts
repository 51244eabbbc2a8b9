import { describe, expect, it } from 'vitest';
import { sitemapFiles, URLS_PER_FILE } from '../../src/lib/output/sitemap.ts';

const root = 'https://x.example/sub/';

describe('the sitemap', () => {
  it('lists each page once, in URL order, with its alternates, and an index of its files', () => {
    const files = sitemapFiles(
      [
        { url: 'https://x.example/sub/ru/', links: [] },
        {
          url: 'https://x.example/sub/claims/a/',
          links: [
            { url: 'https://x.example/sub/claims/a/', lang: 'en' },
            { url: 'https://x.example/sub/ru/claims/a/', lang: 'ru' },
          ],
        },
      ],
      root,
    );
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(files.get('sitemap-0.xml')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">' +
        '<url><loc>https://x.example/sub/claims/a/</loc><xhtml:link rel="alternate" hreflang="en" href="https://x.example/sub/claims/a/"/><xhtml:link rel="alternate" hreflang="ru" href="https://x.example/sub/ru/claims/a/"/></url>' +
        '<url><loc>https://x.example/sub/ru/</loc></url></urlset>',
    );
    expect(files.get('sitemap-index.xml')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://x.example/sub/sitemap-0.xml</loc></sitemap></sitemapindex>',
    );
  });

  it(`starts a new file after ${URLS_PER_FILE} URLs`, () => {
    const entries = Array.from({ length: URLS_PER_FILE + 1 }, (_, i) => ({ url: `https://x.example/sub/p/${String(i).padStart(6, '0')}/`, links: [] }));
    const files = sitemapFiles(entries, root);
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    expect(files.get('sitemap-1.xml')).toContain(`<loc>https://x.example/sub/p/${String(URLS_PER_FILE).padStart(6, '0')}/</loc>`);
    expect(files.get('sitemap-0.xml')!.match(/<url>/g)).toHaveLength(URLS_PER_FILE);
    expect(files.get('sitemap-index.xml')).toContain('<loc>https://x.example/sub/sitemap-1.xml</loc>');
  });

  it('escapes what XML would read as markup', () => {
    const xml = sitemapFiles([{ url: "https://x.example/sub/a?b=1&c='2'/", links: [] }], root).get('sitemap-0.xml')!;
    expect(xml).toContain('<loc>https://x.example/sub/a?b=1&amp;c=&apos;2&apos;/</loc>');
  });
});
