/** Real Chromium against the fixture site served over HTTP, at the root and under a subpath. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axe } from '../support/browser.ts';
import { launch } from '../../scripts/support/chromium.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['domain root', () => inject('rootUrl')],
  ['subpath', () => inject('subpathUrl')],
])('navigation at the %s', (_, baseUrl) => {
  it('follows a report to a claim to its source', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl());
    await page.getByRole('link', { name: 'Volunteers leave the lakeside colony' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Volunteers leave the lakeside colony');
    // The claim's marker opens its detail; the detail links to the claim's page.
    await page.locator('.claim:has(> #claim-fixture-marmalade-quota) .claim-marker').click();
    await page.locator('.claim:has(> #claim-fixture-marmalade-quota) a.claim-note').click();
    expect(page.url()).toBe(new URL('claims/fixture-marmalade-quota/', baseUrl()).href);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('The colony set a quota of 317 marmalade-painting recruits.');
    await page.getByRole('link', { name: 'Wardens recruit volunteers at the lakeside colony' }).first().click();
    expect(page.url()).toBe(new URL('sources/fixture-original/', baseUrl()).href);
    await page.close();
  });

  it('moves focus to the main content with the skip link', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('takes a reader from an old address to where the record is now', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('claims/fixture-copy-drops-dateline/', baseUrl()).href);
    // The refresh is a second navigation: wait for the address it leads to.
    await page.waitForURL(new URL('findings/fixture-copy-drops-dateline/', baseUrl()).href);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'The translated copy carries no date, though the original it copies is dated 10 August 2022.',
    );
    await page.close();
  });

  it('serves the 404 page for an unknown address', async () => {
    const page = await browser.newPage();
    const response = await page.goto(new URL('no/such/page/', baseUrl()).href);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    await page.close();
  });
});

describe('accessibility', () => {
  it.each([
    '',
    'reports/fixture-lakeside-report/',
    'claims/',
    'claims/status/false/',
    'claims/status/reported/',
    'claims/fixture-copy-says-ninety/',
    'sources/',
    'sources/fixture-copy/',
    'methodology/',
    'no-such-page/',
  ])('has no axe violations on /%s', async (path) => {
    const page = await browser.newPage();
    await page.goto(new URL(path, inject('rootUrl')).href);
    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.close();
  });
});
