/**
 * `npm ci` refuses a lockfile that lacks any optional dependency a package declares, even one
 * for another platform (macOS and Windows bindings of native packages). A lockfile written
 * from one machine's node_modules can drop them; this keeps the lockfile installable everywhere.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ROOT } from '../support/paths.ts';
import { join } from 'node:path';

interface LockEntry {
  optionalDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };

/** Where npm would resolve `name` from the package installed at `at`: its own node_modules, then each parent's. */
function resolves(at: string, name: string): boolean {
  let dir = at;
  for (;;) {
    if (lock.packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]) return true;
    if (!dir) return false;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut === -1 ? '' : dir.slice(0, cut);
  }
}

describe('package-lock.json', () => {
  it('records every optional dependency of every package, for every platform', () => {
    const missing = Object.entries(lock.packages).flatMap(([at, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => !resolves(at, name))
        .map((name) => `${at || '(root)'} → ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('includes the macOS and Windows bindings of the native packages the build uses', () => {
    for (const name of [
      '@astrojs/compiler-binding-darwin-arm64',
      '@astrojs/compiler-binding-win32-x64-msvc',
      '@pagefind/darwin-arm64',
      '@pagefind/windows-x64',
      '@esbuild/darwin-arm64',
      '@img/sharp-win32-x64',
    ]) {
      expect(lock.packages[`node_modules/${name}`], name).toBeDefined();
    }
  });
});
