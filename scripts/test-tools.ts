/**
 * What the tests need from Debian: Chromium for the browser tests (a test tool's own browser
 * download cannot work here) and nginx for serving the build with its deployment headers (the
 * tests fall back to a Node server without it). Set CHROMIUM_PATH to use another Chromium or
 * Chrome binary.
 *
 *   node scripts/test-tools.ts            say what is missing; exit 1 without Chromium (npm test)
 *   node scripts/test-tools.ts --install  install what is missing, as root with apt-get (npm run setup:test)
 *
 * `npm test` only checks: installing is a separate, explicit step (the README's test command
 * and CI run it first).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const install = process.argv.includes('--install');

if (process.env.CHROMIUM_PATH && !existsSync(chromium)) {
  console.error(`Chromium not found at CHROMIUM_PATH=${chromium}.`);
  process.exit(1);
}

const missing = [...(existsSync(chromium) ? [] : ['chromium', 'fonts-dejavu-core']), ...(existsSync('/usr/sbin/nginx') ? [] : ['nginx-light'])];
const canInstall = typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');

if (install && missing.length && canInstall) {
  console.log(`Installing from Debian for the tests: ${missing.join(', ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env });
} else if (!existsSync(chromium)) {
  const how = canInstall ? 'npm run setup:test' : 'apt-get install chromium (Debian) as root, or set CHROMIUM_PATH';
  console.error(`Chromium not found at ${chromium}: the browser tests need it. Install it with: ${how}`);
  process.exit(1);
} else if (!existsSync('/usr/sbin/nginx')) {
  console.warn('nginx not found: the deployment tests serve the build with a Node server instead (npm run setup:test installs nginx).');
}
