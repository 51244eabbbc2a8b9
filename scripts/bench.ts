/**
 * npm run bench [-- --size default|small|tiny] [--claims N] [--reports N --claims N --sources N]
 *               [--no-baseline] [--no-scaling] [--runs N] [--keep] [--query "prison recruitment"]
 *
 * Generates a synthetic, schema-valid investigation in a temporary folder, builds it with this
 * project (as `npm run build` does: content check, Astro, Pagefind), builds two bare Astro
 * projects as yardsticks (scripts/bench/baseline.ts): the same pages with the same text as ours,
 * which the build's time is judged against, and the first shape, reports and claims only, shown
 * beside it; and prints one table with a budget
 * beside each figure. At the default size it also builds the small size, to see whether time per page
 * grows as the site does. A benchmark, not a test: figures depend on the machine and its load.
 */
import { cpus, tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, sizeForClaims, SIZES, writeProjectContent, type CorpusSize } from './bench/corpus.ts';
import { BASELINE_BUNDLE, SAME_TEXT_SITE, writeBaselineProject, writeSamePagesProject, writeSameTextSite } from './bench/baseline.ts';
import { DATE_ORDER_FILE } from '../src/lib/search/order.ts';
import { recompressBundle } from './support/search-index.ts';
import {
  bytesOf,
  files,
  measureFirstSearch,
  measureRun,
  pageWeight,
  searchParts,
  type PageWeight,
  type ProcessSample,
  type SearchTransfer,
  type TreePeaks,
} from './bench/measure.ts';

const ROOT = process.cwd();
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** npm run build: astro build, then the search index. */
const BUILD = join(ROOT, 'scripts/build.ts');

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'default' },
    reports: { type: 'string' },
    claims: { type: 'string' },
    sources: { type: 'string' },
    baseline: { type: 'boolean', default: true },
    'no-baseline': { type: 'boolean', default: false },
    scaling: { type: 'boolean' },
    'no-scaling': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    // Three alternating pairs: one pair on a shared machine can be off by a fifth.
    runs: { type: 'string', default: '3' },
    query: { type: 'string', default: 'prison recruitment' },
    // Writes a V8 heap snapshot of Astro's process once it has rendered every page: what it
    // still holds, in the bench's temporary folder (kept), for scripts/bench/heap-summary.ts.
    'heap-snapshot': { type: 'boolean', default: false },
    // Logs the build's process.memoryUsage() twice a second, to the same folder (memory-probe.ts).
    'memory-timeline': { type: 'boolean', default: false },
  },
});

if (!(values.size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
// --claims alone keeps the default proportions of reports and sources to claims.
const preset = values.claims && !values.reports && !values.sources ? sizeForClaims(Number(values.claims)) : SIZES[values.size as keyof typeof SIZES];
const size: CorpusSize = {
  reports: Number(values.reports ?? preset.reports),
  claims: Number(values.claims ?? preset.claims),
  sources: Number(values.sources ?? preset.sources),
};
const isDefaultSize = JSON.stringify(size) === JSON.stringify(SIZES.default);
// Linear growth is judged against the small size, so only a larger run has something to compare.
const runScaling = !values['no-scaling'] && (values.scaling ?? size.claims > SIZES.small.claims);
const runBaseline = values.baseline && !values['no-baseline'];

const tmp = mkdtempSync(join(tmpdir(), 'colony-bench-'));
// Outside tmp, which is removed at the end: a snapshot is read after the bench.
const heapDir = values['heap-snapshot'] || values['memory-timeline'] ? mkdtempSync(join(tmpdir(), 'colony-heap-')) : undefined;
const probe = join(ROOT, 'scripts/bench/memory-probe.ts');
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/**
 * Flushes the previous build's writes (and deletions) to disk before the next build is timed:
 * otherwise the kernel writes them back during the next build, which pays for them.
 */
function settle(): void {
  spawnSync('sync');
}

/** "1m 6s", "36.91s" or "45ms", as Astro logs durations, in milliseconds. */
function duration(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const m = /^(?:(\d+)m\s*)?(?:([\d.]+)s)?(?:([\d.]+)ms)?$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 60_000 + Number(m[2] ?? 0) * 1000 + Number(m[3] ?? 0);
}

/** Phases of an Astro build, from its log: content sync, bundling, rendering the pages. */
function phases(log: string): Array<[string, number | undefined]> {
  return [
    ['content collections synced', duration(/\[types\] Generated (.+)$/m.exec(log)?.[1])],
    ['Vite bundle (MDX compiled)', duration(/\[vite\] ✓ built in (.+)$/m.exec(log)?.[1])],
    ['pages rendered', duration(/generating static routes[\s\S]*?✓ Completed in (.+?)\.?$/m.exec(log)?.[1])],
  ];
}

interface OurRun {
  size: CorpusSize;
  ms: number;
  cpuMs: number;
  peakRss: number;
  peaks: TreePeaks;
  pages: number;
  checkMs: number;
  phases: Array<[string, number | undefined]>;
  pagefindMs: number | undefined;
  output: number;
  index: number;
  report: PageWeight;
  claimsIndex: PageWeight;
  search: SearchTransfer;
  /** Loaded after the first results are drawn (the filter pane), and only for date order. */
  filterData: number;
  dateOrder: number;
}

async function buildOurs(label: string, s: CorpusSize): Promise<OurRun> {
  const contentDir = join(tmp, `${label}-content`);
  const outDir = join(tmp, `${label}-dist`);
  log(`${label}: generating ${s.reports} reports, ${s.claims} claims, ${s.sources} sources`);
  writeProjectContent(generateCorpus(s), contentDir);
  log(`${label}: building with the project`);
  settle();
  let renderedSeen = false;
  const onSample = (tree: ProcessSample[], root: number) => {
    // The sitemap is written in astro:build:done: Astro has rendered every page and not yet
    // exited. Astro is the build's child (scripts/build.ts), the largest Node in the tree.
    if (renderedSeen || !existsSync(join(outDir, 'sitemap-index.xml'))) return;
    const astro = tree.filter((p) => p.pid !== root && p.name === 'node').sort((a, b) => b.rss - a.rss)[0];
    if (!astro) return;
    renderedSeen = true;
    log(`${label}: pages rendered; Astro's process holds ${fmtBytes(astro.rss)}`);
    // Which mappings hold Astro's memory (the V8 heap, the allocator's arenas, native code).
    if (values['memory-timeline']) writeFileSync(join(heapDir!, `${label}-smaps-at-rendered.txt`), readFileSync(`/proc/${astro.pid}/smaps`));
    if (!values['heap-snapshot']) return;
    log(`${label}: asking Astro for a heap snapshot (into ${heapDir})`);
    process.kill(astro.pid, 'SIGUSR2');
  };
  const nodeOptions = [
    // What npm gives every Node it starts (.npmrc), kept when the bench adds its own.
    process.env['NODE_OPTIONS'] ?? '',
    values['heap-snapshot'] ? `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${heapDir}` : '',
    values['memory-timeline'] ? `--import=${probe}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const build = await measureRun(process.execPath, [BUILD], {
    cwd: ROOT,
    env: {
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: `${outDir}-cache`,
      BASE_PATH: '',
      SITE_URL: 'https://bench.example',
      ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
      ...(values['memory-timeline'] ? { BENCH_MEMORY_TIMELINE: join(heapDir!, `${label}-memory.jsonl`) } : {}),
    },
    onSample,
  });
  if (build.code !== 0) throw new Error(`build failed:\n${build.output.slice(-4000)}`);
  const all = files(outDir);
  const html = all.filter((f) => f.endsWith('.html'));
  const reportPages = html.filter((f) => f.includes('/reports/bench-report-'));
  const pagefindMatch = /indexed \d+ pages in (\d+) ms/.exec(build.output);
  const run: OurRun = {
    size: s,
    ms: build.ms,
    cpuMs: build.cpuMs,
    peakRss: build.peakRss,
    peaks: build.peaks,
    pages: html.length,
    // Both figures are logged by our integrations (content-guard, pagefind) during the build.
    checkMs: Number(/content checked in (\d+) ms/.exec(build.output)?.[1] ?? NaN),
    phases: phases(build.output),
    pagefindMs: pagefindMatch ? Number(pagefindMatch[1]) : undefined,
    output: bytesOf(all),
    index: bytesOf(all.filter((f) => f.includes('/pagefind/'))),
    report: pageWeight(outDir, reportPages),
    claimsIndex: pageWeight(
      outDir,
      html.filter((f) => f.startsWith(join(outDir, 'claims/')) && !f.includes('/bench-claim-')),
    ),
    search: await measureFirstSearch(outDir, values.query),
    // Pagefind's filter files are gzipped already; the date order is JSON a host gzips.
    filterData: bytesOf(all.filter((f) => f.endsWith('.pf_filter'))),
    dateOrder: gzipSync(readFileSync(join(outDir, DATE_ORDER_FILE))).length,
  };
  // Each run starts from the same state: no earlier output left to write back (see settle).
  if (!values.keep) for (const dir of [contentDir, outDir, `${outDir}-cache`]) rmSync(dir, { recursive: true, force: true });
  return run;
}

interface BaselineRun {
  buildMs: number;
  indexMs: number;
  cpuMs: number;
  peakRss: number;
  pages: number;
  search: SearchTransfer;
  /** The same query on bare Pagefind over plain pages with the same record text as ours, sources and entities too (untimed). */
  sameText: { pages: number; search: SearchTransfer; recompressed: SearchTransfer };
}

async function buildBaseline(s: CorpusSize, run = 0): Promise<BaselineRun> {
  const dir = join(tmp, `baseline-${run}`);
  log(`baseline: bare Astro project with ${s.reports} MDX pages and ${s.claims} data pages`);
  const corpus = generateCorpus(s);
  writeBaselineProject(corpus, dir, join(ROOT, 'node_modules'));
  settle();
  const build = await measureRun(process.execPath, [ASTRO, 'build'], { cwd: dir });
  if (build.code !== 0) throw new Error(`baseline build failed:\n${build.output.slice(-4000)}`);
  const index = await measureRun(process.execPath, ['index-pagefind.mjs'], { cwd: dir });
  if (index.code !== 0) throw new Error(`baseline index failed:\n${index.output.slice(-4000)}`);
  writeSameTextSite(corpus, join(dir, SAME_TEXT_SITE));
  const all = await measureRun(process.execPath, ['index-pagefind.mjs', SAME_TEXT_SITE], { cwd: dir });
  if (all.code !== 0) throw new Error(`baseline index (same text) failed:\n${all.output.slice(-4000)}`);
  const indexed = (output: string) => Number(/indexed (\d+) pages/.exec(output)?.[1] ?? NaN);
  const sameTextSearch = await measureFirstSearch(join(dir, SAME_TEXT_SITE), values.query);
  // Then with its page table recompressed as our build does, for a like-for-like view of what
  // our labels, filters and metadata cost.
  recompressBundle(join(dir, SAME_TEXT_SITE, 'pagefind'));
  const sameTextRecompressed = await measureFirstSearch(join(dir, SAME_TEXT_SITE), values.query);
  const result: BaselineRun = {
    buildMs: build.ms,
    indexMs: index.ms,
    cpuMs: build.cpuMs + index.cpuMs,
    peakRss: Math.max(build.peakRss, index.peakRss),
    pages: indexed(index.output),
    search: await measureFirstSearch(join(dir, 'dist'), values.query, undefined, BASELINE_BUNDLE),
    sameText: {
      pages: indexed(all.output),
      search: sameTextSearch,
      recompressed: sameTextRecompressed,
    },
  };
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  return result;
}

interface SamePagesRun {
  buildMs: number;
  indexMs: number;
  cpuMs: number;
  pages: number;
}

/** The build yardstick: a bare Astro build of the same pages and text as ours, then Pagefind over them. */
async function buildSamePages(s: CorpusSize, run = 0): Promise<SamePagesRun> {
  const dir = join(tmp, `same-pages-${run}`);
  log(`same pages: bare Astro build of every page of ours with the same text`);
  writeSamePagesProject(generateCorpus(s), dir, join(ROOT, 'node_modules'));
  settle();
  const build = await measureRun(process.execPath, [ASTRO, 'build'], { cwd: dir });
  if (build.code !== 0) throw new Error(`same-pages build failed:\n${build.output.slice(-4000)}`);
  const index = await measureRun(process.execPath, ['index-pagefind.mjs'], { cwd: dir });
  if (index.code !== 0) throw new Error(`same-pages index failed:\n${index.output.slice(-4000)}`);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  return { buildMs: build.ms, indexMs: index.ms, cpuMs: build.cpuMs + index.cpuMs, pages: Number(/indexed (\d+) pages/.exec(index.output)?.[1] ?? NaN) };
}

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;
const fmtBytes = (n: number) => (n >= GB ? `${(n / GB).toFixed(2)} GiB` : n >= MB ? `${(n / MB).toFixed(1)} MB` : `${(n / KB).toFixed(1)} KB`);
const fmtMs = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const verdict = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? 'PASS' : 'FAIL');

try {
  // With --runs N, ours and the baseline alternate N times and the median run of each is shown:
  // other people's builds come and go, and alternating spreads their load over both.
  const runs = Math.max(1, Number(values.runs));
  const oursRuns: OurRun[] = [];
  const baselineRuns: BaselineRun[] = [];
  const samePagesRuns: SamePagesRun[] = [];
  for (let i = 0; i < runs; i++) {
    oursRuns.push(await buildOurs(`site-${i}`, size));
    if (runBaseline) {
      samePagesRuns.push(await buildSamePages(size, i));
      baselineRuns.push(await buildBaseline(size, i));
    }
  }
  const median = <T>(list: T[], time: (x: T) => number): T => [...list].sort((a, b) => time(a) - time(b))[Math.floor((list.length - 1) / 2)]!;
  const middle = (list: number[]): number => {
    const sorted = [...list].sort((a, b) => a - b);
    const half = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
  };
  const ours = median(oursRuns, (r) => r.ms);
  const baseline = runBaseline ? median(baselineRuns, (b) => b.buildMs + b.indexMs) : undefined;
  const small = runScaling ? await buildOurs('small', SIZES.small) : undefined;
  if (runs > 1) {
    log(`our totals: ${oursRuns.map((r) => fmtMs(r.ms)).join(', ')}`);
    if (runBaseline) {
      log(`same-pages totals: ${samePagesRuns.map((b) => fmtMs(b.buildMs + b.indexMs)).join(', ')}`);
      log(`baseline totals: ${baselineRuns.map((b) => fmtMs(b.buildMs + b.indexMs)).join(', ')}`);
    }
  }

  const rows: Array<[string, string, string, string]> = [];
  const row = (what: string, value: string, budget = '', ok?: boolean) => rows.push([what, value, budget, verdict(ok)]);
  const perPage = (r: OurRun) => r.ms / r.pages;

  row('corpus', `${size.reports} reports, ${size.claims} claims, ${size.sources} sources`);
  row('pages built', String(ours.pages));
  row('build + index, total', fmtMs(ours.ms), isDefaultSize ? '< 2 min (default size, 2 cores)' : '', isDefaultSize ? ours.ms < 120_000 : undefined);
  row('  CPU time, whole process tree', fmtMs(ours.cpuMs));
  row('  of which content check', `${fmtMs(ours.checkMs)} (${Math.round((ours.checkMs / ours.ms) * 100)}%)`);
  for (const [what, ms] of ours.phases) if (ms !== undefined) row(`  of which ${what}`, `${fmtMs(ms)} (${Math.round((ms / ours.ms) * 100)}%)`);
  if (ours.pagefindMs !== undefined) row('  of which Pagefind', `${fmtMs(ours.pagefindMs)} (${Math.round((ours.pagefindMs / ours.ms) * 100)}%)`);
  row('per page', `${perPage(ours).toFixed(2)} ms`);
  if (small) {
    const growth = perPage(ours) / perPage(small);
    row(`per page at small size (${small.pages} pages)`, `${perPage(small).toFixed(2)} ms (total ${fmtMs(small.ms)})`);
    // A little headroom for a shared machine: a small run has proportionally more fixed cost.
    row('per-page growth, this size / small', `×${growth.toFixed(2)}`, '≤ ×1.10 (no worse than linear)', growth <= 1.1);
  }
  if (baseline) {
    // Each of our runs is divided by the yardstick run beside it, so a machine that slows down
    // over the benchmark (other people's builds, the disk's write-back) weighs on both sides.
    const spread = (list: number[]) =>
      list.length > 1 ? ` (median of ${list.length} pairs, ×${Math.min(...list).toFixed(2)}–×${Math.max(...list).toFixed(2)})` : '';
    const total = (b: { buildMs: number; indexMs: number }) => b.buildMs + b.indexMs;
    const same = median(samePagesRuns, total);
    row('bare Astro, same pages and text (build + Pagefind)', `${fmtMs(total(same))} (${fmtMs(same.buildMs)} + ${fmtMs(same.indexMs)}, ${same.pages} pages)`);
    const sameRatios = oursRuns.map((r, i) => r.ms / total(samePagesRuns[i]!));
    row('  ratio to it', `×${middle(sameRatios).toFixed(2)}${spread(sameRatios)}`, '≤ ×1.5', middle(sameRatios) <= 1.5);
    // CPU time is steadier than wall time when other work shares the machine.
    const sameCpuRatios = oursRuns.map((r, i) => r.cpuMs / samePagesRuns[i]!.cpuMs);
    row('  ratio of CPU time', `×${middle(sameCpuRatios).toFixed(2)}${spread(sameCpuRatios)}`);
    // The first yardstick, kept for comparison with earlier runs: fewer pages than ours, so not judged.
    row(
      'bare Astro, reports and claims only (build + Pagefind)',
      `${fmtMs(total(baseline))} (${fmtMs(baseline.buildMs)} + ${fmtMs(baseline.indexMs)}, ${baseline.pages} pages)`,
    );
    const ratios = oursRuns.map((r, i) => r.ms / total(baselineRuns[i]!));
    const cpuRatios = oursRuns.map((r, i) => r.cpuMs / baselineRuns[i]!.cpuMs);
    row('  ratio to it', `×${middle(ratios).toFixed(2)}${spread(ratios)}`);
    row('  ratio of CPU time', `×${middle(cpuRatios).toFixed(2)}${spread(cpuRatios)}`);
  }
  row('peak memory (process tree)', fmtBytes(ours.peakRss), isDefaultSize ? '< 4 GiB' : '', isDefaultSize ? ours.peakRss < 4 * GB : undefined);
  const processes = (list: ProcessSample[]) => list.map((p) => `${p.name} ${fmtBytes(p.rss)}`).join(', ');
  row(`  at the peak (${fmtMs(ours.peaks.atMs)} in)`, processes(ours.peaks.atPeak.slice(0, 4)));
  row(
    '  each process at its own peak',
    ours.peaks.byProcess
      .slice(0, 4)
      .map((p) => `${p.name} ${fmtBytes(p.rss)} at ${fmtMs(p.atMs)}`)
      .join(', '),
  );
  if (small) {
    // Memory a page adds beyond the small build's: constant if memory grows linearly.
    row(`peak memory at small size`, fmtBytes(small.peakRss));
    row('  memory per extra page, this size over small', `${((ours.peakRss - small.peakRss) / (ours.pages - small.pages) / KB).toFixed(1)} KB`);
  }
  row('output size', fmtBytes(ours.output));
  row('Pagefind index size', fmtBytes(ours.index));
  // The budget (issue 19): no heavier than bare Pagefind on the same corpus. Judged against the
  // baseline over the same pages as ours (sources and entities too) indexing the same record
  // text. The yardstick's first shape, reports and claims of the bare Astro build only, is shown
  // beside it for older runs but not judged: it has fewer pages than each of our languages, and
  // a search loads a page table that grows with the page count.
  const searchBudget = baseline ? baseline.sameText.search.bytes : undefined;
  row(
    `first search "${ours.search.query}" transferred`,
    `${fmtBytes(ours.search.bytes)} in ${ours.search.requests.length} requests (${ours.search.results} results)`,
    searchBudget === undefined ? '' : `≤ bare Pagefind, same pages and text, ${fmtBytes(searchBudget)}`,
    searchBudget === undefined ? undefined : ours.search.bytes <= searchBudget,
  );
  const parts = searchParts(ours.search);
  row('  of which engine / page table and sort / index / results', [parts.engine, parts.meta, parts.index, parts.other].map(fmtBytes).join(' / '));
  // The same query on the baseline's plain pages: what Pagefind costs at this page count and text
  // before anything of ours (filters, meta, labels) is added.
  if (baseline) {
    const split = (search: SearchTransfer) => {
      const p = searchParts(search);
      return `page table ${fmtBytes(p.meta)}, index ${fmtBytes(p.index)}, results ${fmtBytes(p.other)}`;
    };
    const same = baseline.sameText;
    row(`  bare Pagefind, same pages and text (${same.pages} pages), same query`, `${fmtBytes(same.search.bytes)} (${split(same.search)})`);
    row(`  the same, its page table recompressed as ours is`, `${fmtBytes(same.recompressed.bytes)} (${split(same.recompressed)})`);
    row(`  bare Pagefind, reports and claims only (${baseline.pages} pages; not judged)`, `${fmtBytes(baseline.search.bytes)} (${split(baseline.search)})`);
  }
  row('  then, once results are drawn: the filter data', fmtBytes(ours.filterData));
  row('  only when date order is asked for: the date order', fmtBytes(ours.dateOrder));
  const r = ours.report;
  row(
    'report page, HTML + CSS gzipped',
    `${fmtBytes(r.html + r.css)} (HTML ${fmtBytes(r.html)}, CSS ${fmtBytes(r.css)}; mean of ${r.pages})`,
    '< 30 KB',
    r.html + r.css < 30 * KB,
  );
  const onlySearch = r.scripts.every((s) => /search|pagefind/i.test(s));
  row('report page JavaScript loaded', r.js ? `${fmtBytes(r.js)} (${r.scripts.join(', ')})` : 'none', 'none but the search entry, on demand', onlySearch);
  const c = ours.claimsIndex;
  row('claims index pages, HTML + CSS gzipped', `${fmtBytes(c.html + c.css)} (mean of ${c.pages})`);

  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((x) => x[i]!.length), ['figure', 'value', 'budget', ''][i]!.length));
  const line = (x: string[]) => `| ${x.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  process.stdout.write(
    [
      `\nFrom Colony to Front: build benchmark (${cpus().length} cores, Node ${process.versions.node}, NODE_OPTIONS "${process.env['NODE_OPTIONS'] ?? ''}"; a shared machine makes times noisy)`,
      line(['figure', 'value', 'budget', '']),
      `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
      ...rows.map(line),
      '',
    ].join('\n'),
  );
  if (values.keep) log(`kept ${tmp}`);
} finally {
  if (!values.keep) rmSync(tmp, { recursive: true, force: true });
}
