/**
 * The reading design in real Chromium: axe in light and dark mode, layouts from 320 px and
 * the print stylesheet. Screenshots for a person to review: npm run screenshots.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axe } from '../support/browser.ts';
import { launch } from '../../scripts/support/chromium.ts';

const PAGES = {
  home: '',
  report: 'reports/fixture-lakeside-report/',
  claim: 'claims/fixture-herald-killed-2024/',
  claims: 'claims/',
  sources: 'sources/',
  source: 'sources/fixture-copy/',
  timeline: 'timeline/',
  figures: 'figures/',
  methodology: 'methodology/',
  about: 'about/',
  data: 'data/',
  'Russian about': 'ru/about/',
  'Russian data': 'ru/data/',
  'Russian source': 'ru/sources/fixture-copy/',
  '404': 'no-such-page/',
} as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('accessibility in %s mode', (colorScheme) => {
  it.each(Object.entries(PAGES))('has no axe violations on the %s page', async (_, path) => {
    const page = await browser.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(new URL(path, inject('rootUrl')).href);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.close();
  });
});

describe('layout', () => {
  it.each(Object.entries(PAGES))('holds at 320 px without sideways scrolling: %s', async (_, path) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(new URL(path, inject('rootUrl')).href);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  it('follows the reader’s colour scheme', async () => {
    const page = await browser.newPage();
    const background = async () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto(new URL(PAGES.report, inject('rootUrl')).href);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await background();
    expect(light).not.toBe(dark);
    await page.close();
  });

  it('runs no script on a report page', async () => {
    const page = await browser.newPage();
    await page.goto(new URL(PAGES.report, inject('rootUrl')).href);
    expect(await page.evaluate(() => [...document.scripts].filter((s) => s.type !== 'application/ld+json').length)).toBe(0);
    await page.close();
  });
});

describe('print', () => {
  it('hides the navigation, prints external link addresses and keeps sources and statuses', async () => {
    const page = await browser.newPage();
    await page.goto(new URL(PAGES.report, inject('rootUrl')).href);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const printed = await page.evaluate(() => {
      const archived = document.querySelector<HTMLAnchorElement>('#sources ~ ul a[href^="https://archive."]')!;
      const internal = document.querySelector<HTMLAnchorElement>('#sources ~ ul a[href^="/sources/"]')!;
      const visible = (selector: string) => {
        const el = document.querySelector(selector);
        return !!el && getComputedStyle(el).display !== 'none';
      };
      return {
        nav: visible('.site-header nav'),
        sources: visible('#sources ~ ul'),
        // A claim's status prints in its detail, inline after its words.
        status: visible('.claim .claim-detail-status'),
        key: visible('.status-key'),
        archivedAfter: getComputedStyle(archived, '::after').content,
        internalAfter: getComputedStyle(internal, '::after').content,
        background: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(printed.nav).toBe(false);
    expect(printed).toMatchObject({ sources: true, status: true, key: true });
    expect(printed.archivedAfter).toContain('https://archive.example.org/lakeside-colony');
    expect(printed.internalAfter).toBe('none');
    // Paper is white even when the screen is dark.
    expect(printed.background).toBe('rgb(255, 255, 255)');
    await page.close();
  });
});
