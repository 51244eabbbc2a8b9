/** Search in real Chromium against the built fixture site, at the domain root and under a subpath. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe } from '../support/browser.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { FIXTURE_CONTENT, ROOT } from '../support/paths.ts';
import { launch } from '../../scripts/support/chromium.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const GUARD = 'A guard said each barrack at Vorkhovo had to supply twelve volunteers a week.';

/** The statement links of the results shown, in order, once the page says the search has settled. */
async function resultTitles(page: Page): Promise<string[]> {
  // The page marks its results region busy from the start of a search until that search's results are drawn.
  await page.locator('[data-search-results][aria-busy="false"]').waitFor({ timeout: 20_000 });
  return page.locator('[data-search-list] .search-result-title a').allTextContents();
}

function result(page: Page, title: string) {
  return page.locator('li.search-result', { has: page.getByRole('link', { name: title, exact: true }) });
}

async function openPage(): Promise<Page> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  // Nothing may be requested from another origin.
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1:') && !r.url().startsWith('data:')) errors.push(`off-site request: ${r.url()}`);
  });
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}
const errorsOf = (page: Page) => (page as Page & { errors: string[] }).errors;

describe.each([
  ['domain root', () => inject('rootUrl')],
  ['subpath', () => inject('subpathUrl')],
])('search at the %s', (_, baseUrl) => {
  it('finds a claim from the header, filters, opens it, and restores the search on back and reload', async () => {
    const page = await openPage();
    await page.goto(new URL('reports/', baseUrl()).href);

    // The header entry is a plain form: it loads no script until it is used.
    const scriptsBefore = await page.locator('script[src]').count();
    expect(scriptsBefore).toBe(0);
    await page.getByRole('searchbox', { name: 'Search reports, claims and sources' }).fill('Vorkhovo');
    await page.keyboard.press('Enter');
    await page.waitForURL(new URL('search/?q=Vorkhovo', baseUrl()).href);

    const all = await resultTitles(page);
    expect(all).toContain(GUARD);
    await expect.poll(() => result(page, GUARD).locator('.badge').textContent()).toContain('Disputed');
    await expect.poll(() => result(page, GUARD).textContent()).toContain('Said by a guard at the Vorkhovo transit camp (anonymous)');
    expect(await page.getByRole('searchbox', { name: 'Search claims, reports and sources' }).inputValue()).toBe('Vorkhovo');

    // A status filter narrows the results, and goes into the URL.
    await page
      .locator('#search-filters')
      .getByRole('checkbox', { name: /Disputed/ })
      .check();
    await page.waitForURL(/[?&]status=Disputed/);
    await expect.poll(async () => (await resultTitles(page)).length).toBeLessThan(all.length);
    const narrowed = await resultTitles(page);
    expect(narrowed).toEqual([GUARD]);
    const searchUrl = page.url();
    expect(searchUrl).toBe(new URL('search/?q=Vorkhovo&status=Disputed', baseUrl()).href);

    // Open the result: a page of this site, under its base path.
    await result(page, GUARD).getByRole('link', { name: GUARD }).click();
    await page.waitForURL(new URL('claims/fixture-guard-barrack-quota/', baseUrl()).href);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(GUARD);

    // Back: the same search, filter and results.
    await page.goBack();
    expect(page.url()).toBe(searchUrl);
    await expect.poll(() => resultTitles(page)).toEqual([GUARD]);
    await expect
      .poll(() =>
        page
          .locator('#search-filters')
          .getByRole('checkbox', { name: /Disputed/ })
          .isChecked(),
      )
      .toBe(true);

    // Back again: the search before the filter.
    await page.goBack();
    await page.waitForURL(new URL('search/?q=Vorkhovo', baseUrl()).href);
    await expect.poll(async () => (await resultTitles(page)).length).toBe(all.length);

    // A bookmarked or reloaded address gives the same results.
    await page.goto(searchUrl);
    await expect.poll(() => resultTitles(page)).toEqual([GUARD]);
    await page.reload();
    await expect.poll(() => resultTitles(page)).toEqual([GUARD]);
    await expect.poll(() => page.getByRole('searchbox', { name: 'Search claims, reports and sources' }).inputValue()).toBe('Vorkhovo');

    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('orders by date from the URL and the order control', async () => {
    const page = await openPage();
    await page.goto(new URL('search/?q=Granmoor&type=Claim&sort=date:asc', baseUrl()).href);
    await expect
      .poll(() => resultTitles(page))
      .toEqual([
        'About 900 inmates had left the Vorkhovo transit camp by January 2023.',
        'Recruiters registered 4,212 inmates at the Vorkhovo transit camp in March 2023.',
      ]);
    await expect.poll(() => page.getByLabel('Order').inputValue()).toBe('date:asc');
    await page.getByLabel('Order').selectOption('date:desc');
    await page.waitForURL(/sort=date%3Adesc/);
    await expect
      .poll(() => resultTitles(page))
      .toEqual([
        'Recruiters registered 4,212 inmates at the Vorkhovo transit camp in March 2023.',
        'About 900 inmates had left the Vorkhovo transit camp by January 2023.',
      ]);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });
});

describe('search by filter alone, more results, and content shown as text', () => {
  const { content } = checkContent({ root: ROOT, contentDir: FIXTURE_CONTENT });
  const findings = content.findings.filter((f) => !f.data.draft).map((f) => f.data.statement);
  const claims = content.claims.filter((c) => !c.data.draft);

  it('shows the records of a filter in the address, with no words', async () => {
    const page = await openPage();
    await page.goto(new URL('search/?type=Finding', inject('rootUrl')).href);
    expect(findings.length).toBeGreaterThan(0);
    await expect.poll(async () => (await resultTitles(page)).sort()).toEqual([...findings].sort());
    expect(await page.getByRole('status').textContent()).toBe(`${findings.length} ${findings.length === 1 ? 'result' : 'results'} with the filters chosen.`);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('searches by a filter ticked on an empty page, and clears when it is unticked', async () => {
    const page = await openPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(new URL('search/', inject('rootUrl')).href);
    const finding = page
      .locator('#search-filters')
      .getByRole('group', { name: 'Type' })
      .getByRole('checkbox', { name: /^Finding / });
    await finding.check();
    await page.waitForURL(new URL('search/?type=Finding', inject('rootUrl')).href);
    await expect.poll(async () => (await resultTitles(page)).sort()).toEqual([...findings].sort());
    await finding.uncheck();
    await page.waitForURL(new URL('search/', inject('rootUrl')).href);
    await expect.poll(() => resultTitles(page)).toEqual([]);
    expect(await page.getByRole('status').textContent()).toBe('');
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('loads no filter data before the first results on a wide screen, then fills the filters beside them with counts that follow the search', async () => {
    const page = await openPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(new URL('search/?q=Vorkhovo', inject('rootUrl')).href);
    await resultTitles(page);
    const type = page.locator('#search-filters').getByRole('group', { name: 'Type' });
    const findingCount = type.getByRole('checkbox', { name: /^Finding / });
    await findingCount.waitFor({ state: 'visible' });
    // The first screen's result data came before any filter file was asked for.
    const fragments = requests.filter((p) => p.endsWith('.pf_fragment'));
    const firstFilter = requests.findIndex((p) => p.endsWith('.pf_filter'));
    expect(fragments.length).toBeGreaterThanOrEqual(5);
    expect(firstFilter).toBeGreaterThan(requests.indexOf(fragments[4]!));
    // No finding mentions Vorkhovo; with no words, the type filter counts every finding.
    const countOf = (name: RegExp) => type.locator('label', { hasText: name }).locator('.search-filter-count').textContent();
    expect(await countOf(/^\s*Finding\s/)).toBe('0');
    await page.getByRole('searchbox', { name: 'Search claims, reports and sources' }).fill('');
    await page.waitForURL(new URL('search/', inject('rootUrl')).href);
    await expect.poll(() => countOf(/^\s*Finding\s/)).toBe(String(findings.length));
    expect(await countOf(/^\s*Claim\s/)).toBe(String(claims.length));
    await page.close();
  });

  it('draws a first screen of results, and the next ones on "More results"', async () => {
    const page = await openPage();
    await page.goto(new URL('search/?type=Claim', inject('rootUrl')).href);
    expect(claims.length).toBeGreaterThan(15);
    expect(await resultTitles(page)).toHaveLength(5);
    expect(await page.getByRole('status').textContent()).toBe(`${claims.length} results with the filters chosen.`);
    await page.getByRole('button', { name: 'More results' }).click();
    await expect.poll(async () => (await resultTitles(page)).length).toBe(15);
    // The reader is taken to the first of the new results.
    expect(await page.locator(':focus').textContent()).toBe((await resultTitles(page))[5]);
    // Every claim once, and the button goes when there are no more.
    while (await page.getByRole('button', { name: 'More results' }).isVisible()) {
      const before = (await resultTitles(page)).length;
      await page.getByRole('button', { name: 'More results' }).click();
      await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(before);
    }
    expect((await resultTitles(page)).sort()).toEqual(claims.map((c) => c.data.statement).sort());
    await page.close();
  });

  it('lists the sections of a long report where the words were found, under the report', async () => {
    const page = await openPage();
    await page.goto(new URL('search/?q=coffins', inject('subpathUrl')).href);
    await resultTitles(page);
    // tests/fixtures/site/reports/fixture-long-report.mdx, "## Coffins in Ostrogorsk".
    const section = result(page, 'The green ledger of Vorkhovo').locator('.search-result-sections').getByRole('link', { name: 'Coffins in Ostrogorsk' });
    expect(await section.getAttribute('href')).toBe(`${new URL(inject('subpathUrl')).pathname}reports/fixture-long-report/#coffins-in-ostrogorsk`);
    expect(await section.locator('xpath=..').locator('mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('shows markup in a record’s text as text, highlighting only the words searched for', async () => {
    const page = await openPage();
    await page.goto(new URL('search/?q=timetable', inject('rootUrl')).href);
    await resultTitles(page);
    const ferry = result(page, 'Inmates from Vorkhovo were moved towards the front on the Saltmarsh ferry on 9 June 2023.');
    // The basis in tests/fixtures/site/claims/search-claims.yaml carries an <img onerror> and a <mark> of its own.
    const excerpt = ferry.locator('.search-result-excerpt');
    await expect.poll(() => excerpt.textContent()).toContain(`"<img src=x onerror=document.title='hacked'> <mark>charter</mark> & crew"`);
    expect(await page.locator('[data-search-list] img').count()).toBe(0);
    // Pagefind marks the word as it stands between spaces, its comma too.
    expect(await excerpt.locator('mark').allTextContents()).toEqual(['timetable,']);
    expect(await excerpt.locator(':not(mark)').count()).toBe(0);
    expect(await page.title()).not.toBe('hacked');
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });
});

describe('search by keyboard and screen reader', () => {
  it('works without a mouse, with visible focus, and announces results', async () => {
    const page = await openPage();
    await page.goto(new URL('search/', inject('rootUrl')).href);
    const input = page.getByRole('searchbox', { name: 'Search claims, reports and sources' });
    await input.waitFor();
    // From the skip link to the search box by Tab alone.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 10 && !(await input.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await input.evaluate((el) => getComputedStyle(el).outlineStyle !== 'none' || getComputedStyle(el).boxShadow !== 'none')).toBe(true);

    // Record what the live regions announce.
    await page.evaluate(() => {
      const said: string[] = ((window as unknown as { announced: string[] }).announced = []);
      new MutationObserver(() => {
        for (const region of document.querySelectorAll('[aria-live]')) if (region.textContent) said.push(region.textContent);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.keyboard.type('Oksenfeld');
    await resultTitles(page);
    await page.waitForURL(/\?q=Oksenfeld$/);
    // Her page (the changed name has an entity) and her claim.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { announced: string[] }).announced))
      .toContainEqual(expect.stringMatching(/^2 results for “Oksenfeld”/));
    expect(await page.getByRole('status').textContent()).toBe('2 results for “Oksenfeld”.');

    await page.keyboard.press('ArrowDown');
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe('Marta Oksenfeld');
    expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/entities\/marta-oksenfeld\/$/);
    await page.close();
  });

  it('has no axe violations with results and filters shown', async () => {
    const page = await openPage();
    await page.goto(new URL('search/?q=Vorkhovo', inject('rootUrl')).href);
    await resultTitles(page);
    await page.locator('#search-filters input[type="checkbox"]').first().waitFor();
    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.close();
  });

  it.each([
    ['empty', 'search/'],
    ['with a query', 'search/?q=Vorkhovo'],
  ])('stays still on a phone as the search box, results and filters arrive (%s)', async (_, path) => {
    const page = await openPage();
    await page.setViewportSize({ width: 412, height: 823 });
    await page.addInitScript(() => {
      const w = window as unknown as { shifted: number };
      w.shifted = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
          if (!entry.hadRecentInput) w.shifted += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(new URL(path, inject('rootUrl')).href);
    await resultTitles(page);
    expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBe(0);
    await page.close();
  });

  it('keeps the filters beside the results on a wide screen, and behind a Filters button on a phone', async () => {
    const page = await openPage();
    const filterData: string[] = [];
    page.on('request', (r) => r.url().endsWith('.pf_filter') && filterData.push(r.url()));
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto(new URL('search/?q=Vorkhovo', inject('rootUrl')).href);
    await resultTitles(page);
    const toggle = page.getByRole('button', { name: 'Filters' });
    const pane = page.locator('#search-filters');
    // On a phone nothing of the filters is loaded or shown until the reader asks.
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.getAttribute('aria-controls')).toBe('search-filters');
    expect(await pane.isVisible()).toBe(false);
    expect(filterData).toEqual([]);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // Then the pane opens with its groups closed: type, status, topic, claimant, year and entity,
    // each a fieldset of checkboxes named by its legend.
    const groups = pane.locator('details:visible');
    await expect.poll(() => groups.count()).toBe(6);
    await pane.locator('input[type="checkbox"]').first().waitFor({ state: 'attached' });
    expect(filterData.length).toBeGreaterThan(0);
    expect(await pane.locator('details[open]').count()).toBe(0);
    expect(await pane.locator('details > summary').allTextContents()).toEqual(['Type', 'Status', 'Topic', 'Claimant', 'Year', 'Person, group or place']);
    // River Radio Fixture, an institution, reported the Saltmarsh ferry (tests/fixtures/site/claims/search-claims.yaml).
    const institution = pane.getByRole('group', { name: 'Claimant' }).getByRole('checkbox', { name: /^Institution \d+$/ });
    expect(await institution.isVisible()).toBe(false);
    await pane.locator('summary', { hasText: 'Claimant' }).click();
    await institution.waitFor({ state: 'visible' });
    // Turned to a wide screen, the pane stands beside the results with every group open, and the button goes.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => pane.locator('details:not([open])').count()).toBe(0);
    expect(await pane.locator('fieldset').count()).toBe(6);
    await pane.locator('input[name="year"][value="2023"]').waitFor({ state: 'visible' });
    expect(await toggle.isVisible()).toBe(false);
    await page.close();
  });

  it('shows the filters on a phone at once when the search arrives with one in its address', async () => {
    const page = await openPage();
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto(new URL('search/?q=Vorkhovo&claimant=Institution', inject('rootUrl')).href);
    await resultTitles(page);
    expect(await page.getByRole('button', { name: 'Filters' }).getAttribute('aria-expanded')).toBe('true');
    const institution = page.locator('#search-filters input[name="claimant"][value="Institution"]');
    // Its group is open with the value ticked; the others stay closed.
    await institution.waitFor({ state: 'visible' });
    expect(await institution.isChecked()).toBe(true);
    expect(await page.locator('#search-filters details:visible').count()).toBe(6);
    expect(await page.locator('#search-filters details[open] > summary').allTextContents()).toEqual(['Claimant']);
    expect(await resultTitles(page)).toEqual(['Inmates from Vorkhovo were moved towards the front on the Saltmarsh ferry on 9 June 2023.']);
    await page.close();
  });

  it('tells a reader without JavaScript where to go', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('search/?q=Vorkhovo', inject('rootUrl')).href);
    expect(await page.locator('main').innerText()).toContain('Search needs JavaScript');
    // The search box that cannot work is not shown.
    expect(await page.locator('[data-search-ui]').isVisible()).toBe(false);
    await page.getByRole('link', { name: 'claims page' }).click();
    await page.waitForURL(new URL('claims/', inject('rootUrl')).href);
    await context.close();
  });
});
