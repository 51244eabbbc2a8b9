/**
 * npm run screenshots: builds the fixture site, serves it, and saves full-page screenshots of
 * the main page kinds at phone and desktop widths in light and dark mode, plus a print PDF of
 * a report, in tests/.output/screenshots/ for a person to review. It checks nothing: the
 * browser tests do that (tests/browser/).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from './support/astro-run.ts';
import { serveStatic } from './support/static-server.ts';
import { launch } from './support/chromium.ts';

// The fixture site the tests build (read as data, not imported) and their output folder.
const FIXTURE_CONTENT = fileURLToPath(new URL('../tests/fixtures/site', import.meta.url));
const OUTPUT = fileURLToPath(new URL('../tests/.output', import.meta.url));

const PAGES = {
  home: '',
  report: 'reports/fixture-lakeside-report/',
  claim: 'claims/fixture-herald-killed-2024/',
  sources: 'sources/',
  timeline: 'timeline/',
  figures: 'figures/',
} as const;
const WIDTHS = [375, 1280];
const out = join(OUTPUT, 'screenshots');
const dist = join(OUTPUT, 'screenshots-site');

const built = await buildSite({ contentDir: FIXTURE_CONTENT, outDir: dist });
if (built.code !== 0) {
  process.stderr.write(built.output);
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const server = await serveStatic(dist, '/');
const browser = await launch();
try {
  for (const [name, path] of Object.entries(PAGES)) {
    for (const width of WIDTHS) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.emulateMedia({ colorScheme });
        await page.goto(new URL(path, server.url).href);
        await page.screenshot({ path: join(out, `${name}-${width}-${colorScheme}.png`), fullPage: true });
        await page.close();
      }
    }
  }
  const page = await browser.newPage();
  await page.goto(new URL(PAGES.report, server.url).href);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: join(out, 'report-print.pdf') });
  await page.close();
} finally {
  await browser.close();
  await server.close();
}
process.stdout.write(`screenshots in ${out}\n`);
