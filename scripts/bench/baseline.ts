/**
 * The yardstick: a bare Astro project of the same size, with nothing of ours in it. The same
 * reports as plain MDX pages and one page per claim from a plain data collection with a
 * minimal template, then Pagefind over the output. Generated in the benchmark's temp folder;
 * it borrows this project's node_modules through a symlink, so the same Astro, MDX and
 * Pagefind versions are measured.
 *
 * Our site also makes a page for every source and every entity, and its pages index more of
 * each record than that minimal template shows (a claim's quotes and the spellings of the
 * entities it names, a report's summary and its listed claims). For the first search on the
 * same text, writeSameTextSite writes every page of the corpus as plain HTML into a folder of
 * its own (SAME_TEXT_SITE) after the timed build, with the record text our pages index and
 * nothing else of ours (no filters, sort, metadata, labels or ignored parts), and a second,
 * untimed Pagefind run indexes it. The timed run (BASELINE_BUNDLE) indexes the reports and
 * claims of the Astro build only, as the yardstick always has, so its build time and its first
 * search keep their meaning.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { formatDate } from '../../src/lib/text/format.ts';
import type { Corpus } from './corpus.ts';

/** Pagefind over the reports and claims: the yardstick as first measured (21,000 pages at the default size). */
export const BASELINE_BUNDLE = 'pagefind';
/**
 * The folder, beside the Astro project's dist/, of plain pages with the same record text as ours,
 * sources and entities too, with its own Pagefind bundle in pagefind/: bare Pagefind on the same text.
 */
export const SAME_TEXT_SITE = 'same-text';

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
  // With the argument "${SAME_TEXT_SITE}", every page of that folder into its own bundle (untimed).
  writeFileSync(
    join(dir, 'index-pagefind.mjs'),
    `import * as pagefind from 'pagefind';
const sameText = process.argv[2] === '${SAME_TEXT_SITE}';
const { index } = await pagefind.createIndex({});
const { page_count, errors } = await index.addDirectory(sameText ? { path: '${SAME_TEXT_SITE}', glob: '**/*.html' } : { path: 'dist', glob: '{reports,claims}/**/*.html' });
if (errors.length) throw new Error(errors.join('\\n'));
await index.writeFiles({ outputPath: sameText ? '${SAME_TEXT_SITE}/pagefind' : 'dist/${BASELINE_BUNDLE}' });
await pagefind.close();
console.log(\`indexed \${page_count} pages\`);
`,
  );
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const plainPage = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
const list = (items: string[]) => (items.length ? `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` : '');

/**
 * A report's MDX body as the bare Astro build renders it (see its reports page): headings with
 * their slug as id, paragraphs, links, and each <Claim> as a plain span around its words. The
 * corpus writes no other Markdown (generateCorpus).
 */
export function reportBodyHtml(body: string): string {
  const inline = (text: string) =>
    escapeHtml(text)
      .replace(/&lt;Claim id=&quot;[^&]*&quot;&gt;(.*?)&lt;\/Claim&gt;/g, '<span class="claim">$1</span>')
      .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>');
  return body
    .trim()
    .split(/\n{2,}/)
    .map((block) => {
      const heading = /^## (.+)$/.exec(block);
      if (!heading) return `<p>${inline(block)}</p>`;
      const slug = heading[1]!
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .replace(/\s/g, '-');
      return `<h2 id="${slug}">${inline(heading[1]!)}</h2>`;
    })
    .join('\n');
}

/**
 * Every page of the corpus as plain HTML, with the record text our pages put in Pagefind's
 * index and nothing else: a report's title, summary, body and the statements of the claims it
 * lists without placing them in its text (as headings, like ours); a claim's statement, basis,
 * assessor, claimant, date, the words it quotes from each source and every spelling of its
 * claimant's and subjects' entities (last, as ours has them); a source's title, outlet, date and address; an entity's
 * name, description and spellings. Not our labels ("Why:", "Claimant", "Sources") nor the
 * labels of coded fields (status, kind, language, consulted), which our pages show and index
 * as words of their own: those count as our overhead, not the corpus's.
 */
export function writeSameTextSite(corpus: Corpus, site: string): void {
  for (const p of sameTextPages(corpus)) {
    mkdirSync(join(site, p.path), { recursive: true });
    writeFileSync(join(site, p.path, 'index.html'), plainPage(p.title, p.body));
  }
}

interface SameTextPage {
  /** "claims/<id>", the page's folder. */
  path: string;
  title: string;
  /** The page's HTML inside <main>, after its <h1>. */
  body: string;
}

function sameTextPages(corpus: Corpus): SameTextPage[] {
  const pages: SameTextPage[] = [];
  const page = (folder: string, id: string, title: string, body: string) => pages.push({ path: `${folder}/${id}`, title, body });
  const claimById = new Map(corpus.claims.map((c) => [c.id, c]));
  const entityById = new Map(corpus.entities.map((e) => [e.id, e]));
  for (const r of corpus.reports) {
    // Headings, as our report page shows them (a claim card's statement): Pagefind weighs a heading's words more.
    const listed = r.listed.map((id) => `<h3>${escapeHtml(claimById.get(id)!.statement)}</h3>`);
    page('reports', r.id, r.title, `<p>${escapeHtml(r.summary)}</p>${reportBodyHtml(r.body)}${listed.join('')}`);
  }
  for (const c of corpus.claims) {
    const entities = [...(c.claimant.entity ? [c.claimant.entity] : []), ...(c.about ?? [])].map((id) => entityById.get(id)!);
    const names = [...new Set(entities.flatMap((e) => [e.name, ...e.names.map((n) => n.name)]))];
    const quotes = c.sources.flatMap((s) => (s.quote ? [`<blockquote><p>${escapeHtml(s.quote)}</p></blockquote>`] : []));
    page(
      'claims',
      c.id,
      c.statement,
      `<p>${escapeHtml(c.basis)}</p>${c.assessedBy ? `<p>${escapeHtml(c.assessedBy)}</p>` : ''}<p>${escapeHtml(c.claimant.name)}, ${formatDate(c.date)}</p>${quotes.join('')}${list(names)}`,
    );
  }
  for (const s of corpus.sources) page('sources', s.id, s.title, `<p>${escapeHtml(s.outlet)}, ${formatDate(s.published)}</p><p>${escapeHtml(s.url)}</p>`);
  for (const e of corpus.entities) page('entities', e.id, e.name, `<p>${escapeHtml(e.description)}</p>${list(e.names.map((n) => n.name))}`);
  return pages;
}

/**
 * The build yardstick (issue 31): a bare Astro project that builds exactly the pages of
 * writeSameTextSite, same paths and text (and again under /ru/, as ours), from one data file through one minimal template,
 * then Pagefind over all of them. What our build costs beyond it is what the site adds to the
 * same pages: navigation, badges, cross-links, filters, metadata, structured data, the check.
 */
export function writeSamePagesProject(corpus: Corpus, dir: string, nodeModules: string): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-same-pages', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ output: 'static', cacheDir: './.astro-cache', build: { format: 'directory' } });\n`,
  );
  // Our build makes every page twice, at the root and under /ru/ (the Russian edition falls back
  // to the English text the corpus has), so the yardstick does too, with the language Pagefind
  // reads from <html lang> and indexes apart.
  const english = sameTextPages(corpus).map((page) => ({ ...page, lang: 'en' }));
  const russian = english.map((page) => ({ ...page, path: `ru/${page.path}`, lang: 'ru' }));
  writeFileSync(join(dir, 'src/pages.json'), JSON.stringify([...english, ...russian]));
  writeFileSync(
    join(dir, 'src/pages/[...path].astro'),
    `---
import pages from '../pages.json';
export function getStaticPaths() {
  return pages.map((page) => ({ params: { path: page.path }, props: { page } }));
}
const { page } = Astro.props;
---
<html lang={page.lang}><head><meta charset="utf-8" /><title>{page.title}</title></head>
<body><main><h1>{page.title}</h1><Fragment set:html={page.body} /></main></body></html>
`,
  );
  writeFileSync(
    join(dir, 'index-pagefind.mjs'),
    `import * as pagefind from 'pagefind';
const { index } = await pagefind.createIndex({});
const { page_count, errors } = await index.addDirectory({ path: 'dist', glob: '**/*.html' });
if (errors.length) throw new Error(errors.join('\\n'));
await index.writeFiles({ outputPath: 'dist/pagefind' });
await pagefind.close();
console.log(\`indexed \${page_count} pages\`);
`,
  );
}
