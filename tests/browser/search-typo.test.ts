/** Search that forgives a typo, in real Chromium: "did you mean" from the entity names, on the fixture and on the project's content. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe } from '../support/browser.ts';
import { launch } from '../../scripts/support/chromium.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const settled = (page: Page) => page.locator('[data-search-results][aria-busy="false"]').waitFor({ timeout: 20_000 });

describe('did you mean', () => {
  it('offers the recorded spelling of a mistyped name, and its link runs that search', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL('search/?q=Oksenfield', inject('rootUrl')).href);
    await settled(page);
    const suggest = page.locator('[data-search-suggest]');
    await expect.poll(() => suggest.isVisible()).toBe(true);
    // tests/fixtures/site/entities: Marta Oksenfeld.
    expect(await suggest.textContent()).toBe('Did you mean Oksenfeld?');
    expect(await axe(page)).toEqual([]);
    await suggest.getByRole('link', { name: 'Oksenfeld' }).click();
    await page.waitForURL(/\?q=Oksenfeld$/);
    await settled(page);
    await expect.poll(() => page.locator('[data-search-list] .search-result').count()).toBeGreaterThan(0);
    expect(await suggest.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers nothing when the search finds what was typed', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('search/?q=Oksenfeld', inject('rootUrl')).href);
    await settled(page);
    await expect.poll(() => page.locator('[data-search-list] .search-result').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-search-suggest]').isVisible()).toBe(false);
    await page.close();
  });

  it('suggests Prigozhin for “Prigozin” on the project’s own content', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('search/?q=Prigozin', inject('contentUrl')).href);
    await settled(page);
    const suggest = page.locator('[data-search-suggest]');
    await expect.poll(() => suggest.isVisible()).toBe(true);
    expect(await suggest.getByRole('link').allTextContents()).toContain('Prigozhin');
    await page.close();
  });
});
