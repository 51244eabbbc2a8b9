/**
 * A small static file server for the built site, mounted at a base path, the way a static
 * host serves it: directory URLs get index.html, unknown paths get 404.html with status 404.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

async function fileAt(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    if (s.isFile()) return path;
    if (s.isDirectory()) return fileAt(join(path, 'index.html'));
  } catch {
    /* not found */
  }
  return null;
}

export function serveStatic(dir: string, base = '/', headers: Record<string, string> = {}, port = 0): Promise<StaticServer> {
  // A file that vanishes between finding and reading it answers 500 instead of an unhandled rejection.
  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  async function serve(req: IncomingMessage, res: ServerResponse) {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      // A malformed escape (/%E0%A4%A) would otherwise throw inside the handler and never answer.
      res.writeHead(400).end('bad request');
      return;
    }
    let file: string | null = null;
    if (pathname.startsWith(base)) {
      const rel = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
      const target = join(dir, rel);
      // A file without an extension (data/SHA256SUMS) is a file; a folder without the slash is redirected.
      if (pathname.endsWith('/') || extname(rel) || (await isFile(target))) file = await fileAt(target);
      else if (await fileAt(join(target, 'index.html'))) {
        // Like most static hosts: /claims -> /claims/
        res.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
    }
    const status = file ? 200 : 404;
    file ??= await fileAt(join(dir, '404.html'));
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    const body = await readFile(file);
    res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers }).end(body);
  }
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}${base}`,
        server,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
