/** Measuring a build: wall time and peak memory of a process tree, sizes, page weight, search transfer. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const PAGE_SIZE = 4096;
/** Clock ticks per second for /proc/<pid>/stat CPU times (USER_HZ, 100 on Linux). */
const TICKS = 100;

/** One process of a sampled tree: its id, program name and resident memory. */
export interface ProcessSample {
  pid: number;
  name: string;
  rss: number;
}

/**
 * One look at a process tree (Linux /proc): each process's resident memory, and each one's CPU
 * time so far. Pagefind runs as a child process that Node does not wait for, so neither GNU
 * time nor rusage would see its CPU.
 */
function sampleTree(root: number, cpuByPid: Map<number, number>): ProcessSample[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the parenthesised command name: state, ppid, …
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      /* exited meanwhile */
    }
  }
  const tree: ProcessSample[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    try {
      const rss = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The program's file name ("node", "pagefind_extended"); stat's name can be a thread's ("MainThread").
      const argv0 = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '';
      const name = argv0.split('/').pop() || fields.slice(fields.indexOf('(') + 1, fields.lastIndexOf(')'));
      const after = fields.slice(fields.lastIndexOf(')') + 2).split(' ');
      // utime and stime are fields 14 and 15 of stat, 12th and 13th after the command name.
      cpuByPid.set(pid, ((Number(after[11]) + Number(after[12])) / TICKS) * 1000);
      tree.push({ pid, name, rss });
    } catch {
      /* exited meanwhile */
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** A process's own peak, and when (ms from the start of the run) it was reached. */
interface ProcessPeak extends ProcessSample {
  atMs: number;
}

/** Peak memory of a process tree, and which process held how much at that moment. */
export interface TreePeaks {
  /** The largest sum over the tree at one sample. */
  peakRss: number;
  atMs: number;
  /** Each process's share of that largest sum, largest first. */
  atPeak: ProcessSample[];
  /** Each process's own peak, whenever it came, largest first: two processes may peak at different times. */
  byProcess: ProcessPeak[];
}

/**
 * Folds one sample of a tree into the peaks so far. Pure, so the bookkeeping is tested apart
 * from /proc: the tree's peak is the largest sum at one moment, not the sum of each one's peak.
 */
export function addSample(peaks: TreePeaks, tree: ProcessSample[], atMs: number): TreePeaks {
  const total = tree.reduce((n, p) => n + p.rss, 0);
  const byPid = new Map(peaks.byProcess.map((p) => [p.pid, p]));
  for (const p of tree) {
    const known = byPid.get(p.pid);
    if (!known || p.rss > known.rss) byPid.set(p.pid, { ...p, atMs });
  }
  const largestFirst = <T extends ProcessSample>(list: T[]) => [...list].sort((a, b) => b.rss - a.rss);
  const higher = total > peaks.peakRss;
  return {
    peakRss: higher ? total : peaks.peakRss,
    atMs: higher ? atMs : peaks.atMs,
    atPeak: higher ? largestFirst(tree) : peaks.atPeak,
    byProcess: largestFirst([...byPid.values()]),
  };
}

export const NO_PEAKS: TreePeaks = { peakRss: 0, atMs: 0, atPeak: [], byProcess: [] };

export interface RunMeasure {
  code: number;
  ms: number;
  /** User + system CPU time of the whole process tree, sampled: steadier than wall time on a shared machine. */
  cpuMs: number;
  peakRss: number;
  peaks: TreePeaks;
  output: string;
}

/** Runs a command, sampling the memory and CPU time of its whole process tree every 100 ms. */
export function measureRun(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string>; onSample?: (tree: ProcessSample[], root: number) => void },
): Promise<RunMeasure> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    });
    let output = '';
    let peaks = NO_PEAKS;
    const cpuByPid = new Map<number, number>();
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    const sample = () => {
      if (!child.pid) return;
      const tree = sampleTree(child.pid, cpuByPid);
      peaks = addSample(peaks, tree, performance.now() - started);
      options.onSample?.(tree, child.pid);
    };
    const timer = setInterval(sample, 100);
    child.on('error', reject);
    child.on('exit', () => clearInterval(timer));
    child.on('close', (code: number | null) => {
      clearInterval(timer);
      const cpuMs = [...cpuByPid.values()].reduce((a, b) => a + b, 0);
      resolve({ code: code ?? 1, ms: performance.now() - started, cpuMs, peakRss: peaks.peakRss, peaks, output });
    });
  });
}

export function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

export const bytesOf = (paths: string[]) => paths.reduce((n, p) => n + statSync(p).size, 0);

const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

export interface PageWeight {
  pages: number;
  /** Averages, gzipped. */
  html: number;
  css: number;
  /** JavaScript the page loads (external scripts and inline), gzipped; modules loaded on demand excluded. */
  js: number;
  scripts: string[];
}

/** Average weight of the given built pages: HTML, the stylesheets they link, the scripts they load. */
export function pageWeight(dist: string, htmlFiles: string[], base = '/'): PageWeight {
  const fromSite = (href: string) => join(dist, href.startsWith(base) ? href.slice(base.length) : href);
  let html = 0;
  let css = 0;
  let js = 0;
  const scripts = new Set<string>();
  for (const file of htmlFiles) {
    const text = readFileSync(file, 'utf8');
    html += gz(text);
    for (const m of text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) css += gz(readFileSync(fromSite(m[1]!)));
    for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const src = /\bsrc="([^"]+)"/.exec(m[1]!)?.[1];
      if (src) {
        js += gz(readFileSync(fromSite(src)));
        scripts.add(src);
      } else if (m[2]!.trim() && !/type="application\/(ld\+)?json"/.test(m[1]!)) {
        js += gz(m[2]!);
        scripts.add('(inline)');
      }
    }
  }
  const n = Math.max(1, htmlFiles.length);
  return { pages: htmlFiles.length, html: html / n, css: css / n, js: js / n, scripts: [...scripts] };
}

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json']);
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

export interface SearchTransfer {
  query: string;
  results: number;
  bytes: number;
  requests: Array<{ path: string; bytes: number }>;
}

/** What a search transferred, by part of Pagefind's bundle; the engine's share is fixed, the rest grows with the site. */
export function searchParts(search: SearchTransfer): Record<'engine' | 'meta' | 'index' | 'other', number> {
  const parts = { engine: 0, meta: 0, index: 0, other: 0 };
  for (const { path, bytes } of search.requests) {
    const part = /\.pf_meta$/.test(path)
      ? 'meta'
      : /\.pf_index$/.test(path)
        ? 'index'
        : /\/pagefind(\.js|-entry\.json)$|\/wasm\.[^/]+\.pagefind$/.test(path)
          ? 'engine'
          : 'other';
    parts[part] += bytes;
  }
  return parts;
}

/**
 * Runs a search with the built pagefind.js against a local server that compresses text the way
 * static hosts do (Pagefind's own files are already gzipped), and counts the bytes it serves:
 * pagefind.js, the entry file, the WebAssembly, the index chunks for the query, and the
 * fragments of the first page of results. `bundle` is the folder of Pagefind's bundle in `dist`.
 */
export async function measureFirstSearch(dist: string, query: string, shown = 5, bundle = 'pagefind'): Promise<SearchTransfer> {
  const requests: Array<{ path: string; bytes: number }> = [];
  // The handler answers every error itself, so its promise never rejects.
  const server = createServer((req, res) => void serve(req, res));
  async function serve(req: IncomingMessage, res: ServerResponse) {
    try {
      // A malformed escape answers 404 like any missing file, instead of throwing in the handler.
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const file = join(dist, normalize(path).replace(/^(\.\.[/\\])+/, ''));
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      requests.push({ path, bytes: body.length });
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end();
    }
  }
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    // The browser's first request: the module itself, through the server so it is counted.
    await (await fetch(`${origin}/${bundle}/pagefind.js`, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
    const pf = (await import(`${pathToFileURL(join(dist, bundle, 'pagefind.js')).href}?bench=${Date.now()}`)) as {
      options(o: Record<string, unknown>): Promise<void>;
      search(q: string): Promise<{ results: Array<{ data(): Promise<unknown> }> }>;
      destroy?(): Promise<void>;
    };
    await pf.options({ basePath: `${origin}/${bundle}/`, baseUrl: '/' });
    const { results } = await pf.search(query);
    await Promise.all(results.slice(0, shown).map((r) => r.data()));
    return { query, results: results.length, bytes: requests.reduce((n, r) => n + r.bytes, 0), requests };
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
}
