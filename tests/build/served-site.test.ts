/**
 * The built fixture served by a real web server (Debian's nginx with deploy/nginx.conf's
 * server block; the Node server if nginx is missing), at a domain root and under a subpath,
 * crawled from the home page: every internal link, stylesheet, script, image and sitemap or
 * feed URL must answer 200 with the security headers.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { securityHeaders } from '../../src/config/security.ts';
import { refsInCss, refsInHtml, refsInXml } from '../support/links.ts';
import { serveSite, type Served } from '../../scripts/support/nginx-serve.ts';
import { OUTPUT, SUBPATH } from '../support/paths.ts';

/** The site origin the fixture is built with (tests/support/astro.ts). */
const SITE = 'https://colony.example';
interface CrawlResult {
  visited: Map<string, number>;
  broken: string[];
  missingHeaders: string[];
}

async function crawl(start: string, base: string): Promise<CrawlResult> {
  const origin = new URL(start).origin;
  const visited = new Map<string, number>();
  const broken: string[] = [];
  const missingHeaders: string[] = [];
  const queue: Array<{ url: string; from: string }> = [{ url: start, from: '(start)' }];
  // Canonical, sitemap and feed URLs name the public origin; map them onto the test server.
  const toServer = (url: string) => (url.startsWith(`${SITE}/`) ? origin + url.slice(SITE.length) : url);
  const enqueue = (raw: string, from: string) => {
    const absolute = new URL(toServer(raw), from);
    if (absolute.origin !== origin) return;
    absolute.hash = '';
    if (!visited.has(absolute.href) && !queue.some((q) => q.url === absolute.href)) queue.push({ url: absolute.href, from });
  };
  // Sitemaps and feeds are not always linked from pages: try the usual names.
  for (const name of ['sitemap-index.xml', 'sitemap.xml', 'rss.xml', 'feed.xml', 'atom.xml']) {
    const url = new URL(name, start).href;
    if ((await fetch(url, { method: 'HEAD' })).status === 200) queue.push({ url, from: '(well-known name)' });
  }
  while (queue.length) {
    const { url, from } = queue.shift()!;
    if (visited.has(url)) continue;
    const response = await fetch(url);
    visited.set(url, response.status);
    if (response.status !== 200) {
      broken.push(`${url} (${response.status}) linked from ${from}`);
      continue;
    }
    if (!url.startsWith(origin + base)) broken.push(`${url} is outside the base path ${base}, linked from ${from}`);
    if (response.headers.get('content-security-policy') !== securityHeaders()['Content-Security-Policy']) missingHeaders.push(url);
    const type = response.headers.get('content-type') ?? '';
    if (type.startsWith('text/html')) {
      for (const ref of refsInHtml(await response.text())) {
        if (/^(mailto|tel):/i.test(ref.url)) continue;
        enqueue(ref.url, url);
      }
    } else if (type.startsWith('text/css')) {
      for (const ref of refsInCss(await response.text())) enqueue(ref, url);
    } else if (/xml/.test(type)) {
      for (const ref of refsInXml(await response.text())) enqueue(ref, url);
    }
  }
  return { visited, broken, missingHeaders };
}

describe.each([
  ['domain root', () => inject('rootDist'), '/'],
  ['subpath', () => inject('subpathDist'), SUBPATH],
])('served at the %s', (name, dist, base) => {
  let served: Served;
  beforeAll(async () => {
    served = await serveSite(dist(), base, join(OUTPUT, 'nginx', name.replace(/\W+/g, '-')));
  });
  afterAll(async () => {
    await served?.close();
  });

  it('has no broken internal link or asset, and every response carries the policy', async () => {
    const { visited, broken, missingHeaders } = await crawl(served.url, base);
    expect(broken).toEqual([]);
    expect(missingHeaders).toEqual([]);
    const urls = [...visited.keys()].map((u) => new URL(u).pathname.slice(base.length - 1));
    // It really walked the site: pages of every kind and the stylesheet.
    expect(urls).toEqual(
      expect.arrayContaining([
        '/',
        '/reports/',
        '/claims/',
        '/sources/',
        '/methodology/',
        '/reports/fixture-lakeside-report/',
        '/claims/fixture-marmalade-quota/',
        '/sources/fixture-copy/',
      ]),
    );
    expect(urls.some((u) => /^\/_astro\/.+\.css$/.test(u))).toBe(true);
    expect(urls.some((u) => /^\/_astro\/fixture-gate\..+\.webp$/.test(u))).toBe(true);
  });

  it('sends the security headers, caching rules and a real 404', async () => {
    const home = await fetch(served.url);
    for (const [header, value] of Object.entries(securityHeaders())) expect(home.headers.get(header), header).toBe(value);
    const missing = await fetch(new URL('no/such/page/', served.url));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page not found');
    expect(missing.headers.get('content-security-policy')).toBe(securityHeaders()['Content-Security-Policy']);
    if (served.server === 'nginx') {
      const html = await home.text();
      const css = refsInHtml(html).find((r) => r.tag === 'link' && r.attrs.rel === 'stylesheet')!;
      expect((await fetch(new URL(css.url, served.url))).headers.get('cache-control')).toContain('immutable');
      expect((await fetch(new URL('pagefind/pagefind.js', served.url))).headers.get('cache-control')).toContain('must-revalidate');
      // Text is compressed on the wire, whatever its type; Pagefind's gzip files are not
      // compressed twice (fetch decodes one layer, so a second one would break the index).
      const compressed = async (path: string) => {
        const response = await fetch(new URL(path, served.url), { headers: { 'accept-encoding': 'gzip' } });
        expect(response.status, path).toBe(200);
        return { encoding: response.headers.get('content-encoding'), vary: response.headers.get('vary'), body: await response.arrayBuffer() };
      };
      for (const path of ['', css.url, 'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'data/claims.json', 'sitemap-index.xml']) {
        const { encoding, vary } = await compressed(path);
        expect(encoding, path).toBe('gzip');
        expect(vary, path).toMatch(/accept-encoding/i);
      }
      const meta = readdirSync(join(dist(), 'pagefind')).find((f) => f.endsWith('.pf_meta'))!;
      const index = await compressed(`pagefind/${meta}`);
      expect(index.encoding, meta).toBeNull();
      expect(Buffer.from(index.body).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
      // Directory URLs without the slash redirect, relative to the host it was asked for.
      const bare = await fetch(new URL('claims', served.url), { redirect: 'manual' });
      expect(bare.status).toBe(301);
      expect(bare.headers.get('location')).toBe(`${base}claims/`);
    }
  });
});
