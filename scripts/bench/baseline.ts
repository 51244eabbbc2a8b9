/**
 * The yardstick: a bare Astro project of the same size, with nothing of ours in it. The same
 * reports as plain MDX pages and one page per claim from a plain data collection with a
 * minimal template, then Pagefind over the output. Generated in the benchmark's temp folder;
 * it borrows this project's node_modules through a symlink, so the same Astro, MDX and
 * Pagefind versions are measured.
 *
 * Our site also makes a page for every source and every entity, and search finds them. For
 * the first search on the same corpus, writeSameCorpusPages adds those as plain HTML pages
 * after the timed build, and a second, untimed Pagefind run indexes every page into
 * SAME_CORPUS_BUNDLE; the timed run (BASELINE_BUNDLE) indexes the reports and claims only, as
 * the yardstick always has, so its build time and its first search keep their meaning.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Corpus } from './corpus.ts';

/** Pagefind over the reports and claims: the yardstick as first measured (21,000 pages at the default size). */
export const BASELINE_BUNDLE = 'pagefind';
/** Pagefind over every page, sources and entities too: bare Pagefind on the same corpus as ours. */
export const SAME_CORPUS_BUNDLE = 'pagefind-same-corpus';

export function writeBaselineProject(corpus: Corpus, dir: string, nodeModules: string): void {
  const src = join(dir, 'src');
  for (const d of ['content/reports', 'data', 'components', 'pages/reports', 'pages/claims']) mkdirSync(join(src, d), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    // Its own cache, cold like ours: the default (node_modules/.astro) is this project's, through the symlink.
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ output: 'static', cacheDir: './.astro-cache', build: { format: 'directory' }, integrations: [mdx()] });\n`,
  );
  writeFileSync(
    join(src, 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
export const collections = {
  reports: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/reports' }) }),
  claims: defineCollection({ loader: file('./src/data/claims.json') }),
};
`,
  );
  writeFileSync(join(src, 'components/Claim.astro'), `<span class="claim"><slot /></span>\n`);
  writeFileSync(
    join(src, 'pages/reports/[id].astro'),
    `---
import { getCollection, render } from 'astro:content';
import Claim from '../../components/Claim.astro';
export async function getStaticPaths() {
  return (await getCollection('reports')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main><h1>{entry.data.title}</h1><Content components={{ Claim }} /></main></body></html>
`,
  );
  writeFileSync(
    join(src, 'pages/claims/[id].astro'),
    `---
import { getCollection } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('claims')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const d = entry.data;
---
<html lang="en"><head><meta charset="utf-8" /><title>{d.statement}</title></head>
<body><main><h1>{d.statement}</h1><p>{d.status}: {d.basis}</p><p>{d.claimant.name}, {d.date}</p>
<ul>{d.sources.map((s) => <li>{s.id}</li>)}</ul></main></body></html>
`,
  );
  for (const r of corpus.reports) {
    writeFileSync(
      join(src, 'content/reports', `${r.id}.mdx`),
      `---\n${stringify({ title: r.title, summary: r.summary, published: r.published })}---\n\n${r.body}`,
    );
  }
  writeFileSync(join(src, 'data/claims.json'), JSON.stringify(corpus.claims));
  // Pagefind as a separate step, timed on its own: the same Node API our integration uses.
  // With the argument "all", every page of dist/ into the same-corpus bundle (untimed).
  writeFileSync(
    join(dir, 'index-pagefind.mjs'),
    `import * as pagefind from 'pagefind';
const all = process.argv[2] === 'all';
const { index } = await pagefind.createIndex({});
const { page_count, errors } = await index.addDirectory({ path: 'dist', glob: all ? '**/*.html' : '{reports,claims}/**/*.html' });
if (errors.length) throw new Error(errors.join('\\n'));
await index.writeFiles({ outputPath: all ? 'dist/${SAME_CORPUS_BUNDLE}' : 'dist/${BASELINE_BUNDLE}' });
await pagefind.close();
console.log(\`indexed \${page_count} pages\`);
`,
  );
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const plainPage = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;

/**
 * A plain page per source (title, outlet, date, address) and per entity (name, description,
 * every spelling), as a bare site would show them, into the built baseline's dist/.
 */
export function writeSameCorpusPages(corpus: Corpus, dist: string): void {
  for (const s of corpus.sources) {
    mkdirSync(join(dist, 'sources', s.id), { recursive: true });
    writeFileSync(
      join(dist, 'sources', s.id, 'index.html'),
      plainPage(s.title, `<p>${escapeHtml(s.outlet)}, ${escapeHtml(s.published)}</p><p>${escapeHtml(s.url)}</p>`),
    );
  }
  for (const e of corpus.entities) {
    mkdirSync(join(dist, 'entities', e.id), { recursive: true });
    writeFileSync(
      join(dist, 'entities', e.id, 'index.html'),
      plainPage(e.name, `<p>${escapeHtml(e.description)}</p><ul>${e.names.map((n) => `<li>${escapeHtml(n.name)}</li>`).join('')}</ul>`),
    );
  }
}
