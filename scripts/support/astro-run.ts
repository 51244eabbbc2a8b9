/** Runs the real CLI commands (npm run build, npm run check) in child processes. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  output: string;
}

/**
 * Vitest's workers set BASE_URL, MODE, DEV, PROD, SSR and NODE_ENV in process.env for its own
 * import.meta.env. A build started from a worker inherited them and its links lost the base
 * path (BASE_URL="/" won over BASE_PATH). Children get the environment a shell would give them.
 */
const VITEST_ENV = /^(?:BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;
const shellEnv = () => Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.test(key)));

export function run(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...shellEnv(), FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr, output: stdout + stderr }));
  });
}

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  base?: string;
  site?: string;
  /** Rendering threads beside Astro's main thread (RENDER_THREADS); the machine's default when unset. */
  renderThreads?: number;
}

/** `npm run build` (scripts/build.ts: astro build, then the search index) for one content folder. */
export function buildSite(o: BuildOptions): Promise<RunResult> {
  return run([join(ROOT, 'scripts/build.ts')], {
    CONTENT_DIR: o.contentDir,
    OUT_DIR: o.outDir,
    // A cache per output keeps concurrent or successive fixture builds from sharing a data store.
    ASTRO_CACHE_DIR: `${o.outDir}-cache`,
    BASE_PATH: o.base ?? '',
    SITE_URL: o.site ?? 'https://colony.example',
    ...(o.renderThreads === undefined ? {} : { RENDER_THREADS: String(o.renderThreads) }),
  });
}

export function checkCli(contentDir: string, extra: string[] = []): Promise<RunResult> {
  return run([join(ROOT, 'scripts/check.ts'), '--content', contentDir, ...extra]);
}
