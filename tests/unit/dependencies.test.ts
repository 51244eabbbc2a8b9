/**
 * Every runtime dependency is imported by the site, its scripts or its Astro config. knip
 * cannot hold this for every package: it counts @mdx-js/mdx (and its other MDX compiler
 * packages) as used whenever it is installed (knip's compilers/mdx.js), which is how an
 * @mdx-js/mdx nothing imported stayed in package.json.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/paths.ts';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|astro)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

const code = [...sourceFiles('src'), ...sourceFiles('scripts'), join(ROOT, 'astro.config.mjs')].map((f) => readFileSync(f, 'utf8')).join('\n');

describe('package.json dependencies', () => {
  it('are each imported by src/, scripts/ or astro.config.mjs', () => {
    const imported = (name: string) => new RegExp(`(?:from|import\\()\\s*'${name.replace(/[/.]/g, '\\$&')}(?:/[^']*)?'`).test(code);
    expect(Object.keys(pkg.dependencies).filter((name) => !imported(name))).toEqual([]);
  });
});
