/**
 * Serves a built site with Debian's nginx and the project's own server block
 * (src/lib/deploy/headers.ts, the same text as deploy/nginx.conf), so the tests see the real
 * headers a deployment sends. Without nginx it falls back to the Node server in server.ts,
 * sending the same security headers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { nginxHeaders, renderNginxConfig } from '../../src/lib/deploy/headers.ts';
import { securityHeaders } from '../../src/config/security.ts';
import { serveStatic } from './static-server.ts';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface Served {
  /** Where the site's base is, e.g. http://127.0.0.1:1234/investigations/ */
  url: string;
  /** "nginx" or "node" */
  server: string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitForPort(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited:\n${log()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`nginx did not start:\n${log()}`);
}

/**
 * Serves `dist` under `base`. `extra` maps URL folders (outside the site, e.g. "/__probe/")
 * to folders on disk, served with the same headers: test pages that load the site's files.
 */
export async function serveSite(dist: string, base: string, work: string, extra: Record<string, string> = {}): Promise<Served> {
  if (!existsSync(NGINX)) {
    const s = await serveStatic(dist, base, securityHeaders());
    return { url: s.url, server: 'node', close: s.close };
  }
  rmSync(work, { recursive: true, force: true });
  const www = join(work, 'www');
  mkdirSync(join(work, 'temp'), { recursive: true });
  // The server block expects the site at <root><base>, as on a real host.
  const mount = join(www, base);
  mkdirSync(join(mount, '..'), { recursive: true });
  symlinkSync(dist, mount.replace(/\/$/, ''));
  const port = await freePort();
  let server = renderNginxConfig({ base, root: www, listen: `127.0.0.1:${port}`, serverName: 'localhost' });
  const extraLocations = Object.entries(extra)
    .map(([prefix, dir]) => [`    location ${prefix} {`, `        alias ${dir}/;`, ...nginxHeaders('        '), '    }', ''].join('\n'))
    .join('\n');
  server = server.replace(/}\n$/, `${extraLocations}}\n`);
  const temp = join(work, 'temp');
  const conf = [
    'daemon off;',
    // One process running as the current user: no privilege switch, nothing left behind.
    'master_process off;',
    `pid ${join(work, 'nginx.pid')};`,
    `error_log ${join(work, 'error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    '    access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${join(temp, t)};`),
    server,
    '}',
  ].join('\n');
  const confPath = join(work, 'nginx.conf');
  writeFileSync(confPath, conf);
  let log = '';
  const child = spawn(NGINX, ['-p', work, '-c', confPath, '-e', join(work, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}${base}`;
  await waitForPort(url, child, () => log);
  return {
    url,
    server: 'nginx',
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
