/** A Cyrillic name typed into the header search opens the entity's page and its claims, at the root and under a subpath. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
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
])('search by a Cyrillic name at the %s', (_, baseUrl) => {
  it('finds the camp from "Ворхово" in the header search and opens its claims', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`));
    await page.goto(new URL('reports/', baseUrl()).href);

    await page.getByRole('searchbox', { name: 'Search reports, claims and sources' }).fill('Ворхово');
    await page.keyboard.press('Enter');
    await page.waitForURL(new URL(`search/?q=${encodeURIComponent('Ворхово')}`, baseUrl()).href);

    const titles = page.locator('[data-search-list] .search-result-title a');
    await titles.first().waitFor();
    // The camp's own page is among the first three results.
    await expect.poll(async () => (await titles.allTextContents()).slice(0, 3)).toContain('Vorkhovo transit camp');
    // …and the claims about it are found by the same Cyrillic query.
    await expect.poll(() => titles.allTextContents()).toContain('A guard said each barrack at Vorkhovo had to supply twelve volunteers a week.');

    await page.getByRole('link', { name: 'Vorkhovo transit camp', exact: true }).first().click();
    await page.waitForURL(new URL('entities/vorkhovo-transit-camp/', baseUrl()).href);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Vorkhovo transit camp');
    const about = page.locator('section[aria-labelledby="about"]');
    await expect.poll(() => about.getByRole('heading', { level: 3 }).allTextContents()).toContain('Disputed (1)');

    // A claim about the camp opens, and links back to the camp.
    await about.getByRole('link', { name: 'A guard said each barrack at Vorkhovo had to supply twelve volunteers a week.' }).click();
    await page.waitForURL(new URL('claims/fixture-guard-barrack-quota/', baseUrl()).href);
    await expect
      .poll(() => page.getByRole('link', { name: 'Vorkhovo transit camp', exact: true }).getAttribute('href'))
      .toBe(new URL('entities/vorkhovo-transit-camp/', baseUrl()).pathname);
    expect(errors).toEqual([]);
    await page.close();
  });
});
