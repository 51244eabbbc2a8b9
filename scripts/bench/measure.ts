/** Measuring a build: wall time and peak memory of a process tree, sizes, page weight, search transfer. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const PAGE_SIZE = 4096;

/** Resident memory of a process and all its descendants, summed, in bytes (Linux /proc). */
function treeRss(root: number): number {
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
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      /* exited meanwhile */
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface RunMeasure {
  code: number;
  ms: number;
  /** User + system CPU time of the process and the children it waited for, where /usr/bin/time exists. */
  cpuMs: number | undefined;
  peakRss: number;
  output: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command, sampling the memory of its whole process tree (Pagefind is a child process).
 * CPU time comes from GNU time when present: on a shared machine it moves far less than wall time.
 */
export function measureRun(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<RunMeasure> {
  const timeFile = existsSync(GNU_TIME) ? join(mkdtempSync(join(tmpdir(), 'bench-time-')), 'cpu') : undefined;
  if (timeFile) {
    args = ['-f', '%U %S', '-o', timeFile, command, ...args];
    command = GNU_TIME;
  }
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...options.env } });
    let output = '';
    let peakRss = 0;
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const sample = () => {
      if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
    };
    const timer = setInterval(sample, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      let cpuMs: number | undefined;
      if (timeFile) {
        // The last line: GNU time writes "Command exited with non-zero status" before it on failure.
        const [user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        cpuMs = ((user ?? NaN) + (system ?? NaN)) * 1000;
        rmSync(dirname(timeFile), { recursive: true, force: true });
      }
      resolve({ code: code ?? 1, ms: performance.now() - started, cpuMs, peakRss, output });
    });
  });
}

export function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out;
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
const TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.wasm': 'application/wasm' };

export interface SearchTransfer {
  query: string;
  results: number;
  bytes: number;
  requests: Array<{ path: string; bytes: number }>;
}

/**
 * Runs a search with the built pagefind.js against a local server that compresses text the way
 * static hosts do (Pagefind's own files are already gzipped), and counts the bytes it serves:
 * pagefind.js, the entry file, the WebAssembly, the index chunks for the query, and the
 * fragments of the first page of results.
 */
export async function measureFirstSearch(dist: string, query: string, shown = 5): Promise<SearchTransfer> {
  const requests: Array<{ path: string; bytes: number }> = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(dist, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    try {
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
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    // The browser's first request: the module itself, through the server so it is counted.
    await (await fetch(`${origin}/pagefind/pagefind.js`, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
    const pf = (await import(`${pathToFileURL(join(dist, 'pagefind/pagefind.js')).href}?bench=${Date.now()}`)) as {
      options(o: Record<string, unknown>): Promise<void>;
      search(q: string): Promise<{ results: Array<{ data(): Promise<unknown> }> }>;
      destroy?(): Promise<void>;
    };
    await pf.options({ basePath: `${origin}/pagefind/`, baseUrl: '/' });
    const { results } = await pf.search(query);
    await Promise.all(results.slice(0, shown).map((r) => r.data()));
    return { query, results: results.length, bytes: requests.reduce((n, r) => n + r.bytes, 0), requests };
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
}
