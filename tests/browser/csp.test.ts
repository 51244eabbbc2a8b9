/**
 * Every built page in real Chromium, served by nginx with the deployment's headers (CSP as a
 * header and as <meta>): no request may leave the site's origin, no Content-Security-Policy
 * violation and no mixed content. Search, the one feature with client code, runs under the
 * same policy, through Pagefind's JS API and through the site's own search page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { htmlFiles, page as builtPage } from '../support/html.ts';
import { serveSite, type Served } from '../../scripts/support/nginx-serve.ts';
import { OUTPUT, SUBPATH } from '../support/paths.ts';
import { launch } from '../../scripts/support/chromium.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Audit {
  page: Page;
  foreign: string[];
  /** Responses with an error status: a missing icon or stylesheet shows here and in the console. */
  failed: string[];
  violations: () => Promise<string[]>;
  messages: string[];
  workers: string[];
}

/** A page that records what it requests, what the policy blocks and what the console says. */
async function auditedPage(origin: string): Promise<Audit> {
  const page = await browser.newPage();
  const foreign: string[] = [];
  const failed: string[] = [];
  const messages: string[] = [];
  const workers: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.origin !== origin) foreign.push(r.url());
  });
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  page.on('worker', (w) => {
    workers.push(w.url());
    w.on('console', (m) => messages.push(`worker ${m.type()}: ${m.text()}`));
  });
  // Injected by the browser driver, so the policy does not block it.
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const violations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return { page, foreign, failed, violations, messages, workers };
}

const policyComplaints = (messages: string[]) =>
  messages.filter((m) => /Content Security Policy|Content-Security-Policy|Mixed Content|Refused to|Permissions-Policy|falling back/i.test(m));

/** Probe pages for Pagefind, outside the site, loading the site's own /pagefind/ files. */
function writeProbes(dir: string, base: string): void {
  mkdirSync(dir, { recursive: true });
  const head = (title: string, extra = '') => `<!doctype html><html lang="en" data-base="${base}"><head><meta charset="utf-8"><title>${title}</title>${extra}`;
  writeFileSync(
    join(dir, 'api.html'),
    `${head('Pagefind API probe')}<script type="module" src="./api.js"></script></head><body><output id="out"></output></body></html>`,
  );
  writeFileSync(
    join(dir, 'api.js'),
    `const base = document.documentElement.dataset.base;
const pagefind = await import(base + 'pagefind/pagefind.js');
await pagefind.options({ baseUrl: base });
const search = await pagefind.search('heron count');
const data = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
document.getElementById('out').textContent = JSON.stringify(data.map((d) => d.url));
`,
  );
}

describe.each([
  ['domain root', () => inject('rootDist'), '/'],
  ['subpath', () => inject('subpathDist'), SUBPATH],
])('in Chromium at the %s', (name, dist, base) => {
  let served: Served;
  let origin: string;
  beforeAll(async () => {
    const work = join(OUTPUT, 'nginx-browser', name.replace(/\W+/g, '-'));
    const probes = join(OUTPUT, 'pagefind-probe', name.replace(/\W+/g, '-'));
    writeProbes(probes, base);
    served = await serveSite(dist(), base, work, { '/__probe/': probes });
    origin = new URL(served.url).origin;
  });
  afterAll(async () => {
    await served?.close();
  });

  // A crawl of every page: one tab, reused, with a timeout for a loaded machine rather than a fixed wait.
  it(
    'loads every page with no request to another origin, no failed request, no console error, no CSP violation and no mixed content',
    { timeout: 600_000 },
    async () => {
      const paths = htmlFiles(dist()).map((f) => f.replace(/index\.html$/, '').replace(/^\//, ''));
      expect(paths.length).toBeGreaterThan(10);
      const audit = await auditedPage(origin);
      for (const path of paths) {
        for (const list of [audit.foreign, audit.failed, audit.messages]) list.length = 0;
        const response = await audit.page.goto(new URL(path, served.url).href, { waitUntil: 'load' });
        expect(response?.status(), path).toBe(200);
        expect(response?.headers()['content-security-policy'], path).toBeTruthy();
        // An old address refreshes to the new one at once: audit the page the reader lands on.
        const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(builtPage(dist(), `/${path}`))?.[1];
        if (refresh) await audit.page.waitForURL(new URL(refresh, served.url).href, { waitUntil: 'load' });
        // The stylesheet applied: the policy did not block it.
        const styled = await audit.page.evaluate(() => document.styleSheets.length > 0 && getComputedStyle(document.body).margin === '0px');
        expect(styled, `${path}: stylesheet not applied`).toBe(true);
        expect(audit.foreign, path).toEqual([]);
        expect(await audit.violations(), path).toEqual([]);
        expect(policyComplaints(audit.messages), path).toEqual([]);
        expect(audit.failed, path).toEqual([]);
        expect(
          audit.messages.filter((m) => m.startsWith('error:') || m.startsWith('pageerror:')),
          path,
        ).toEqual([]);
      }
      await audit.page.close();
    },
  );

  it('runs a Pagefind search through its JS API, in its Worker, under the policy', async () => {
    const audit = await auditedPage(origin);
    const response = await audit.page.goto(`${origin}/__probe/api.html`);
    expect(response?.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
    await audit.page.waitForFunction(() => document.getElementById('out')?.textContent, null, { timeout: 20_000 });
    const urls = JSON.parse((await audit.page.textContent('#out'))!) as string[];
    expect(urls).toContain(`${base}reports/fixture-second-report/`);
    expect(audit.workers.some((w) => w.endsWith('/pagefind/pagefind-worker.js'))).toBe(true);
    expect(audit.foreign).toEqual([]);
    expect(await audit.violations()).toEqual([]);
    expect(policyComplaints(audit.messages)).toEqual([]);
    await audit.page.close();
  });

  it('runs a search, with date order and filters, on the search page under the policy', async () => {
    const audit = await auditedPage(origin);
    await audit.page.goto(new URL('search/?q=marmalade&sort=date:desc', served.url).href);
    const result = audit.page.locator(`[data-search-list] .search-result-title a[href^="${base}"]`).first();
    await result.waitFor({ timeout: 20_000 });
    expect(await result.getAttribute('href')).toMatch(new RegExp(`^${base}(reports|claims)/`));
    await audit.page.locator('[data-search-results][aria-busy="false"]').waitFor();
    await audit.page.locator('#search-filters input[type="checkbox"]').first().waitFor();
    expect(audit.workers.some((w) => w.endsWith(`${base}pagefind/pagefind-worker.js`))).toBe(true);
    expect(audit.foreign).toEqual([]);
    expect(audit.failed).toEqual([]);
    expect(await audit.violations()).toEqual([]);
    expect(policyComplaints(audit.messages)).toEqual([]);
    await audit.page.close();
  });
});
