/**
 * What the tests need from Debian, installed when missing (as .ci/run does on CI):
 * Chromium for the browser tests (a test tool's own browser download cannot work here), and
 * nginx for serving the build with its deployment headers (the tests fall back to a Node
 * server without it). Set CHROMIUM_PATH to use another Chromium or Chrome binary.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missing = [...(existsSync(chromium) ? [] : ['chromium', 'fonts-dejavu-core']), ...(existsSync('/usr/sbin/nginx') ? [] : ['nginx-light'])];

const canInstall = typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');

if (process.env.CHROMIUM_PATH && !existsSync(chromium)) {
  console.error(`Chromium not found at CHROMIUM_PATH=${chromium}.`);
  process.exit(1);
}
if (missing.length && canInstall) {
  console.log(`Installing from Debian for the tests: ${missing.join(', ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env });
} else if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
