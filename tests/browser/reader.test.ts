/**
 * A report as a reader meets it, in real Chromium: the contents list, the quiet claims (hover,
 * keyboard, touch), print without the site's controls, and axe with a claim's detail open.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createHash } from 'node:crypto';
import { axe } from '../support/browser.ts';
import { launch } from '../../scripts/support/chromium.ts';

const REPORT = 'reports/fixture-lakeside-report/';
// From tests/fixtures/site: the claim placed under "The quota", its status and its claimant.
const QUOTA = '.claim:has(> #claim-fixture-marmalade-quota)';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const open = async (path: string, options: Parameters<Browser['newPage']>[0] = {}): Promise<Page> => {
  const page = await browser.newPage(options);
  await page.goto(new URL(path, inject('rootUrl')).href);
  return page;
};

describe('contents list', () => {
  it('lists the report’s sections and takes the reader to each', async () => {
    const page = await open(REPORT);
    const contents = page.getByRole('navigation', { name: 'Contents' });
    expect(await contents.getByRole('link').allTextContents()).toEqual(
      expect.arrayContaining(['The quota', 'The copy', 'Every claim in this report', 'Sources', 'Updates and corrections']),
    );
    await contents.getByRole('link', { name: 'The copy' }).click();
    await page.waitForURL(/#the-copy$/);
    await expect.poll(() => page.getByRole('heading', { name: 'The copy' }).evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(100);
    await page.close();
  });

  it('stays in view beside the text on a wide screen as the reader scrolls', async () => {
    // The project's own longest report: the fixture's text is too short to scroll past.
    const page = await browser.newPage({ viewport: { width: 1280, height: 600 } });
    await page.goto(new URL('reports/how-many/', inject('contentUrl')).href);
    const contents = page.locator('.report-contents-inner');
    expect(await contents.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    // Deep in the text: the last section heading of the prose at the top of the screen.
    await page.evaluate(() => [...document.querySelectorAll('.prose h2')].at(-1)!.scrollIntoView());
    await expect.poll(() => contents.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    const box = await contents.evaluate((el) => ({
      top: el.getBoundingClientRect().top,
      left: el.getBoundingClientRect().left,
      prose: document.querySelector('.prose')!.getBoundingClientRect().right,
    }));
    expect(box.top).toBeLessThan(600);
    expect(box.left).toBeGreaterThan(box.prose);
    await page.close();
  });
});

describe('quiet claims', () => {
  it('shows a marker with the status in the text and keeps the detail hidden until asked for', async () => {
    const page = await open(REPORT);
    const marker = page.locator(`${QUOTA} .claim-marker`);
    expect(await marker.textContent()).toContain('Reported');
    expect(await page.locator(`${QUOTA} .claim-detail`).isVisible()).toBe(false);
    await page.close();
  });

  it('shows the detail on hover', async () => {
    const page = await open(REPORT);
    await page.locator(`${QUOTA} .claim-marker`).hover();
    await expect.poll(() => page.locator(`${QUOTA} .claim-detail`).isVisible()).toBe(true);
    expect(await page.locator(`${QUOTA} .claim-detail`).textContent()).toContain('Zofia Quillfeather');
    await page.close();
  });

  it('reaches the marker by keyboard, shows the detail on focus, opens it with Enter and reaches its link', async () => {
    const page = await open(REPORT);
    const marker = page.locator(`${QUOTA} .claim-marker`);
    const detail = page.locator(`${QUOTA} .claim-detail`);
    // From the top of the page, by Tab alone: the marker is in the tab order.
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await marker.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await expect.poll(() => detail.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => detail.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('claim-note');
    await page.keyboard.press('Escape');
    await expect.poll(() => detail.evaluate((el) => el.matches(':popover-open'))).toBe(false);
    await page.close();
  });

  it('opens the detail with a tap on a phone, and the detail fits the screen', async () => {
    const page = await open(REPORT, { viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    await page.locator(`${QUOTA} .claim-marker`).tap();
    const detail = page.locator(`${QUOTA} .claim-detail`);
    await expect.poll(() => detail.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    const box = (await detail.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await detail.textContent()).toContain('One credible news outlet reported it');
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations with a claim’s detail open (%s)', async (colorScheme) => {
    const page = await open(REPORT);
    await page.emulateMedia({ colorScheme });
    await page.locator(`${QUOTA} .claim-marker`).click();
    await expect.poll(() => page.locator(`${QUOTA} .claim-detail`).evaluate((el) => el.matches(':popover-open'))).toBe(true);
    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.close();
  });
});

describe('print', () => {
  it('prints each claim’s detail, no search box, menu or contents list, and the text in a centred column', async () => {
    const page = await open(REPORT, { viewport: { width: 1000, height: 800 } });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const shown = (selector: string) => {
        const el = document.querySelector(selector);
        return !!el && getComputedStyle(el).display !== 'none';
      };
      const main = document.querySelector('main > .wrap, main > article')!.getBoundingClientRect();
      return {
        search: shown('.site-search'),
        nav: shown('.site-header nav'),
        contents: shown('.report-contents'),
        detail: shown('.claim:has(> #claim-fixture-marmalade-quota) .claim-detail'),
        detailText: document.querySelector('.claim:has(> #claim-fixture-marmalade-quota) .claim-detail')!.textContent,
        left: main.left,
        right: window.innerWidth - main.right,
      };
    });
    expect(printed).toMatchObject({ search: false, nav: false, contents: false, detail: true });
    expect(printed.detailText).toContain('Zofia Quillfeather');
    // Centred: the margins either side are within a few pixels of each other, and not zero.
    expect(printed.left).toBeGreaterThan(20);
    expect(Math.abs(printed.left - printed.right)).toBeLessThan(4);
    await page.close();
  });
});

describe('home page', () => {
  it.each([1280, 390])('has no axe violations and no sideways scrolling at %i px', async (width) => {
    const page = await open('', { viewport: { width, height: 900 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.close();
  });

  it('uses the whole width on a desktop: figures and the spread of statuses side by side', async () => {
    const page = await open('', { viewport: { width: 1280, height: 900 } });
    const [figures, spread] = await Promise.all(['#home-figures-heading', '#home-spread-heading'].map((s) => page.locator(s).boundingBox()));
    expect(spread!.x).toBeGreaterThan(figures!.x + figures!.width);
    expect(Math.abs(spread!.y - figures!.y)).toBeLessThan(4);
    await page.close();
  });
});

describe('open data page', () => {
  it('gives sums that match the files a reader downloads from it', async () => {
    const page = await open('data/');
    const rows = await page.locator('tr[data-file]').evaluateAll((trs) =>
      trs.map((tr) => ({
        href: tr.querySelector('a')!.href,
        sum: tr.querySelector('code.sha256')!.textContent!,
        bytes: Number(tr.querySelector('[data-bytes]')!.getAttribute('data-bytes')),
      })),
    );
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const row of rows) {
      const body = await (await page.request.get(row.href)).body();
      expect(body.byteLength, row.href).toBe(row.bytes);
      expect(createHash('sha256').update(body).digest('hex'), row.href).toBe(row.sum);
    }
    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.close();
  });
});
