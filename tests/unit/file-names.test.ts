/**
 * One name per module in src/lib: two files called the same thing in different folders (there
 * were five load.ts, check.ts, lineage.ts…) make imports, stack traces and searches ambiguous.
 * Each folder's README.md is the exception: it is the folder's, not a module.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../support/paths.ts';

describe('src/lib file names', () => {
  it('name each module once, whatever folder it is in', () => {
    const lib = join(ROOT, 'src/lib');
    const byName = new Map<string, string[]>();
    for (const e of readdirSync(lib, { withFileTypes: true, recursive: true })) {
      if (!e.isFile() || e.name === 'README.md') continue;
      byName.set(e.name, [...(byName.get(e.name) ?? []), relative(lib, join(e.parentPath, e.name))]);
    }
    expect([...byName.values()].filter((paths) => paths.length > 1)).toEqual([]);
  });
});
