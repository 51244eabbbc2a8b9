/** The Russian edition in real Chromium: a Russian report, the language switch, and Russian search at the root and under a subpath. */
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

// From tests/fixtures/site: the lakeside report, its translation, and the claim and entity with Russian text.
const REPORT_EN = 'Volunteers leave the lakeside colony';
const REPORT_RU = 'Добровольцы покидают колонию у озера';
const CLAIM_RU = 'Надзиратели колонии у озера предложили помилование после шести месяцев службы.';
const ENTITY_RU = 'Ильзабет Гранмур';

async function openPage(): Promise<Page & { errors: string[] }> {
  const page = (await browser.newPage()) as Page & { errors: string[] };
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('response', (r) => r.status() >= 400 && page.errors.push(`${r.status()} ${r.url()}`));
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1:') && !r.url().startsWith('data:')) page.errors.push(`off-site request: ${r.url()}`);
  });
  return page;
}

/** Result titles once the search page says the search has settled. */
async function resultTitles(page: Page): Promise<string[]> {
  await page.locator('[data-search-results][aria-busy="false"]').waitFor({ timeout: 20_000 });
  return page.locator('[data-search-list] .search-result-title a').allTextContents();
}

describe.each([
  ['domain root', () => inject('rootUrl')],
  ['subpath', () => inject('subpathUrl')],
])('the Russian edition at the %s', (_, baseUrl) => {
  it('reads a Russian report with no accessibility violations, and switches to the English page and back', async () => {
    const page = await openPage();
    await page.goto(new URL('ru/reports/fixture-lakeside-report/', baseUrl()).href);
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(REPORT_RU);
    expect(await page.getByRole('navigation', { name: 'Основное меню' }).getByRole('link', { name: 'Материалы' }).getAttribute('href')).toBe(
      new URL('ru/reports/', baseUrl()).pathname,
    );
    expect(await axe(page)).toEqual([]);

    await page.getByRole('link', { name: 'English', exact: true }).click();
    await page.waitForURL(new URL('reports/fixture-lakeside-report/', baseUrl()).href);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(REPORT_EN);

    await page.getByRole('link', { name: 'Русский', exact: true }).click();
    await page.waitForURL(new URL('ru/reports/fixture-lakeside-report/', baseUrl()).href);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(REPORT_RU);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('follows the Russian report to its claim, in Russian', async () => {
    const page = await openPage();
    await page.goto(new URL('ru/reports/fixture-lakeside-report/', baseUrl()).href);
    // The claim's marker opens its detail (in Russian), whose link leads to the claim's page.
    const marker = page.locator('.claim:has(> #claim-fixture-wardens-offered-pardon) .claim-marker');
    expect(await marker.textContent()).toContain('кто это утверждает и где');
    await marker.click();
    await page.locator('.claim:has(> #claim-fixture-wardens-offered-pardon) a.claim-note').click();
    await page.waitForURL(new URL('ru/claims/fixture-wardens-offered-pardon/', baseUrl()).href);
    expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe(CLAIM_RU);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('searches Russian pages by stem from the Russian header, and finds an entity by any spelling', async () => {
    const page = await openPage();
    await page.goto(new URL('ru/', baseUrl()).href);
    // "помилования": another form of "помилование", found by Russian stemming.
    await page.getByRole('searchbox', { name: 'Искать в материалах, утверждениях и источниках' }).fill('помилования');
    await page.keyboard.press('Enter');
    await page.waitForURL(new URL(`ru/search/?q=${encodeURIComponent('помилования')}`, baseUrl()).href);
    await expect.poll(() => resultTitles(page)).toEqual(expect.arrayContaining([REPORT_RU, CLAIM_RU]));
    // The script's own words are Russian too: the count, and the filters' names and values.
    expect(await page.getByRole('status').textContent()).toMatch(/^Найден[о]? \d+ результат(?:а|ов)? по запросу «помилования»\.$/);
    const type = page.locator('#search-filters').getByRole('group', { name: 'Тип' });
    await expect.poll(() => type.locator('label').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^\s*Материал\s/)]));
    expect(await axe(page)).toEqual([]);

    for (const spelling of ['Гранмур', 'Granmoor', 'Granmur']) {
      await page.goto(new URL(`ru/search/?q=${encodeURIComponent(spelling)}`, baseUrl()).href);
      await expect.poll(() => resultTitles(page)).toContain(ENTITY_RU);
    }
    // Results are Russian pages of this site, under its base.
    const href = await page.locator('[data-search-list] .search-result-title a', { hasText: ENTITY_RU }).getAttribute('href');
    expect(new URL(href!, baseUrl()).pathname).toBe(new URL('ru/entities/ilsabet-granmoor/', baseUrl()).pathname);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('keeps the English search in English: a Russian word finds no Russian page there', async () => {
    const page = await openPage();
    await page.goto(new URL(`search/?q=${encodeURIComponent('помилования')}`, baseUrl()).href);
    const titles = await resultTitles(page);
    expect(titles).not.toContain(REPORT_RU);
    expect(titles).not.toContain(CLAIM_RU);
    await page.close();
  });
});
