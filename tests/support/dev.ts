/** Starts `astro dev` on a content folder in a child process, for the dev-server tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

export interface DevServer {
  url: string;
  output: () => string;
  close(): Promise<void>;
}

function withoutVitest(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('VITEST') && k !== 'TEST' && k !== 'NODE_ENV'));
}

export function startDev(env: Record<string, string>): Promise<DevServer> {
  const port = 4400 + Math.floor(Math.random() * 500);
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    // Vitest's own variables (NODE_ENV=test, VITEST…) make astro dev answer nothing but 404.
    env: { ...withoutVitest(process.env), NODE_ENV: 'development', FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 60_000);
    const onData = (d: Buffer) => {
      output += d;
      const m = /Local\s+(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output);
      if (m) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.stderr!.off('data', onData);
        child.stdout!.on('data', (d: Buffer) => (output += d));
        child.stderr!.on('data', (d: Buffer) => (output += d));
        const server = {
          url: m[1]!,
          output: () => output,
          close: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        };
        // Vite may re-optimise dependencies just after "ready" and answer an error page meanwhile.
        void eventually(
          () =>
            fetch(server.url)
              .then((r) => r.text())
              .catch(() => '<title>Error'),
          (body) => !body.includes('<title>Error'),
          30_000,
        ).then(() => resolve(server));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code: number | null) => reject(new Error(`astro dev exited (${code}):\n${output}`)));
  });
}

/** Polls until `check` passes or the time runs out: the dev server reloads content asynchronously. */
export async function eventually<T>(fn: () => T | Promise<T>, check: (value: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await fn();
    if (check(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 300));
  }
}

/**
 * Writes an edit and polls until `check` passes. A file watcher that is not ready yet (just
 * after the server starts) misses a write, and nothing tells a client when it is ready: the
 * same contents are written again every few seconds until the server shows them.
 */
export async function editUntil<T>(file: string, contents: string, fn: () => Promise<T>, check: (value: T) => boolean, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  let written = 0;
  for (;;) {
    if (Date.now() - written > 3_000) {
      writeFileSync(file, contents);
      written = Date.now();
    }
    const value = await fn();
    if (check(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 300));
  }
}
