/**
 * npm run lighthouse [-- --dist path --base /sub/] [--runs N]
 *
 * Lighthouse (pinned in package.json) on the pages a reader meets: the home page, a report, a
 * claim, the figures and the search page (empty, and with a query whose results and filters
 * arrive after load). The site is the project's own content built under a subpath and served
 * by nginx with the deployment's own configuration (scripts/support/nginx-serve.ts), driven through
 * Debian's Chromium with no network but loopback. Lighthouse's default mobile profile, with
 * simulated throttling. A measurement, not a test: it prints the scores and fails on nothing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { serveSite } from './support/nginx-serve.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './support/chromium.ts';

const ROOT = process.cwd();
const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    base: { type: 'string', default: '/colony/' },
    runs: { type: 'string', default: '1' },
    query: { type: 'string', default: 'Vorkhovo' },
  },
});
const log = (message: string) => process.stderr.write(`[lighthouse] ${message}\n`);

function run(command: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} failed:\n${output.slice(-3000)}`))));
  });
}

/** Debian's Chromium, headless, with a DevTools port for Lighthouse and no calls home. */
function launchChromium(profile: string): Promise<{ port: number; close(): void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(CHROMIUM, ['--headless', '--remote-debugging-port=0', `--user-data-dir=${profile}`, ...CHROMIUM_ARGS, 'about:blank']);
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d;
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) resolve({ port: Number(m[1]), close: () => child.kill() });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${err}`)));
  });
}

const work = mkdtempSync(join(tmpdir(), 'colony-lighthouse-'));
try {
  const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
  let dist = values.dist;
  if (!dist) {
    dist = join(work, 'dist');
    log(`building content/ under ${base}`);
    await run(process.execPath, [join(ROOT, 'scripts/build.ts')], {
      OUT_DIR: dist,
      ASTRO_CACHE_DIR: `${dist}-cache`,
      BASE_PATH: base,
      SITE_URL: 'https://colony.example',
    });
  }
  const firstPage = (folder: string) =>
    readdirSync(join(dist, folder), { withFileTypes: true }).find((e) => e.isDirectory() && e.name !== 'status' && e.name !== 'page')?.name;
  const served = await serveSite(dist, base, join(work, 'nginx'));
  log(`served by ${served.server} at ${served.url}`);
  const pages: Array<[string, string]> = [
    ['home', ''],
    ['a report', `reports/${firstPage('reports')}/`],
    ['a claim', `claims/${firstPage('claims')}/`],
    ['the figures', 'figures/'],
    ['search, empty', 'search/'],
    [`search, "${values.query}"`, `search/?q=${encodeURIComponent(values.query)}`],
  ];
  const chromium = await launchChromium(join(work, 'profile'));
  const rows: string[][] = [];
  try {
    for (const [name, path] of pages) {
      for (let i = 0; i < Number(values.runs); i++) {
        const result = await lighthouse(new URL(path, served.url).href, {
          port: chromium.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`no Lighthouse result for ${path}`);
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        rows.push([
          name,
          String(Math.round((lhr.categories.performance?.score ?? 0) * 100)),
          audit('cumulative-layout-shift').toFixed(3),
          `${Math.round(audit('total-blocking-time'))} ms`,
          `${Math.round(audit('largest-contentful-paint'))} ms`,
          `${(audit('total-byte-weight') / 1024).toFixed(0)} KiB`,
          String(Math.round(lhr.environment.benchmarkIndex)),
        ]);
        log(`${name}: ${rows.at(-1)!.slice(1).join(', ')}`);
      }
    }
  } finally {
    chromium.close();
    await served.close();
  }
  // The 4x CPU slowdown assumes a fast desktop host (benchmark index 1,500 to 2,000); on a slower
  // or busy host blocking time grows. The index is Lighthouse's own measure of the host, per run.
  const head = ['page', 'performance', 'CLS', 'TBT', 'LCP', 'transferred', 'host index'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  process.stdout.write(
    `\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, ${CHROMIUM}, mobile profile, simulated throttling; ${served.server} under ${base}\n${[line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n')}\n`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
