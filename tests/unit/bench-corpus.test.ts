/** The benchmark's synthetic corpus must be content the project accepts, or it measures nothing. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS_EXTENSIONS, generateCorpus, sizeForClaims, SIZES, writeProjectContent } from '../../scripts/bench/corpus.ts';
import { reportBodyHtml, writeSamePagesProject, writeSameTextSite } from '../../scripts/bench/baseline.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { ROOT } from '../support/paths.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('benchmark corpus', () => {
  it('passes the content checker at a tiny size, with every record counted', () => {
    const corpus = generateCorpus(SIZES.tiny);
    writeProjectContent(corpus, dir);
    const { problems, counts } = checkContent({ root: ROOT, contentDir: dir });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(counts).toMatchObject({ reports: 4, claims: 40, sources: 12, entities: 2 });
    // Entities in proportion, with claims about them and claimants linked to them.
    expect(corpus.claims.some((c) => c.about?.length) && corpus.claims.some((c) => c.claimant.entity)).toBe(true);
  });

  it('covers the statuses with rules (corroborated, confirmed, superseded) and places claims in text', () => {
    const corpus = generateCorpus(SIZES.small);
    const statuses = new Set(corpus.claims.map((c) => c.status));
    for (const s of ['corroborated', 'confirmed', 'superseded', 'disputed']) expect(statuses).toContain(s);
    expect(corpus.reports.every((r) => r.body.includes('<Claim id='))).toBe(true);
  });

  it('is deterministic for a seed', () => {
    expect(generateCorpus(SIZES.tiny, 7)).toEqual(generateCorpus(SIZES.tiny, 7));
  });

  it("scales reports and sources with the claims, in the default size's proportions", () => {
    expect(sizeForClaims(20_000)).toEqual({ reports: 1000, claims: 20_000, sources: 2000 });
    expect(sizeForClaims(100_000)).toEqual({ reports: 5000, claims: 100_000, sources: 10_000 });
  });

  it('generates and writes a further record kind registered in CORPUS_EXTENSIONS, in proportion to the claims', () => {
    const out = mkdtempSync(join(tmpdir(), 'bench-extension-'));
    CORPUS_EXTENSIONS.push({
      folder: 'things',
      perClaim: 0.25,
      generate: (corpus, count) => Array.from({ length: count }, (_, i) => ({ id: `thing-${i}`, claim: corpus.claims[i]!.id })),
      write: (records, dir) => writeFileSync(join(dir, 'things.json'), JSON.stringify(records)),
    });
    try {
      const corpus = generateCorpus(SIZES.tiny);
      expect(corpus.extra.things).toHaveLength(10);
      writeProjectContent(corpus, out);
      expect(existsSync(join(out, 'things/things.json'))).toBe(true);
      expect(JSON.parse(readFileSync(join(out, 'things/things.json'), 'utf8'))[0]).toEqual({ id: 'thing-0', claim: 'bench-claim-00000' });
    } finally {
      CORPUS_EXTENSIONS.pop();
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe("the baseline's plain pages with the same record text as ours", () => {
  const corpus = generateCorpus(SIZES.tiny);
  const site = mkdtempSync(join(tmpdir(), 'bench-same-text-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  writeSameTextSite(corpus, site);
  const page = (folder: string, id: string) => readFileSync(join(site, folder, id, 'index.html'), 'utf8');

  it("shows a claim's quote and every spelling of the entities it is about, the names last", () => {
    const claim = corpus.claims.find((c) => c.about?.length && c.sources[0]?.quote)!;
    const entity = corpus.entities.find((e) => e.id === claim.about![0])!;
    const html = page('claims', claim.id);
    expect(html).toContain(`<h1>${claim.statement}</h1>`);
    expect(html).toContain(claim.sources[0]!.quote);
    expect(html).toContain(claim.basis);
    expect(html).toContain(claim.claimant.name);
    // The corpus writes ISO dates; the page shows them as our pages do, 2025-08-14 → 14 August 2025.
    const [year, month, day] = claim.date.split('-');
    expect(html).toContain(`${Number(day)} ${new Date(Date.UTC(2000, Number(month) - 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${year}`);
    const spellings = [entity.name, ...entity.names.map((n) => n.name)];
    for (const name of spellings) expect(html).toContain(`<li>${name}</li>`);
    expect(html.indexOf(spellings[0]!)).toBeGreaterThan(html.indexOf(claim.sources[0]!.quote!));
  });

  it("names a claimant's entity too, by every spelling", () => {
    const claim = corpus.claims.find((c) => c.claimant.entity && !c.about?.includes(c.claimant.entity))!;
    const entity = corpus.entities.find((e) => e.id === claim.claimant.entity)!;
    for (const n of entity.names) expect(page('claims', claim.id)).toContain(`<li>${n.name}</li>`);
  });

  it('carries nothing of ours: no Pagefind attributes, no labels, no status', () => {
    const claim = corpus.claims.find((c) => c.status === 'corroborated')!;
    const html = page('claims', claim.id);
    expect(html).not.toContain('data-pagefind');
    expect(html).not.toMatch(/Why:|Claimant|Sources|corroborated/i);
  });

  it("shows a report's summary, its body and the statements of the claims it lists without placing them", () => {
    const report = corpus.reports.find((r) => r.listed.length)!;
    const listed = corpus.claims.find((c) => c.id === report.listed[0])!;
    const html = page('reports', report.id);
    expect(html).toContain(`<h1>${report.title}</h1>`);
    expect(html).toContain(report.summary);
    expect(html).toContain(`<h3>${listed.statement}</h3>`);
    // A placed claim's words stay in the body, its tag does not.
    expect(html).not.toContain('<Claim');
    expect(html).toContain('<a href="https://archive.example.org/' + report.id + '">archived report</a>');
  });

  it("renders a report body as the bare Astro build's MDX does", () => {
    const body = '## Two words\n\nThey said: <Claim id="c-1">the words</Claim>. See the [archived report](https://example.org/a).\n';
    expect(reportBodyHtml(body)).toBe(
      '<h2 id="two-words">Two words</h2>\n<p>They said: <span class="claim">the words</span>. See the <a href="https://example.org/a">archived report</a>.</p>',
    );
  });

  it('makes a page for every source and entity, with their text', () => {
    const source = corpus.sources[0]!;
    expect(page('sources', source.id)).toContain(source.outlet);
    expect(page('sources', source.id)).toContain(source.url);
    const entity = corpus.entities[0]!;
    expect(page('entities', entity.id)).toContain(entity.description);
    for (const n of entity.names) expect(page('entities', entity.id)).toContain(n.name);
  });

  it('gives the same-pages yardstick every page twice, at the root in English and under /ru/ in Russian, as our build', () => {
    const project = mkdtempSync(join(dir, 'same-pages-'));
    const tiny = generateCorpus(SIZES.tiny);
    writeSamePagesProject(tiny, project, join(ROOT, 'node_modules'));
    const pages = JSON.parse(readFileSync(join(project, 'src/pages.json'), 'utf8')) as Array<{ path: string; lang: string; title: string }>;
    // 4 reports, 40 claims, 12 sources and 2 entities (the tiny size), in each language.
    expect(pages.filter((p) => p.lang === 'en')).toHaveLength(4 + 40 + 12 + 2);
    const claim = tiny.claims[0]!;
    expect(pages).toContainEqual(expect.objectContaining({ path: `claims/${claim.id}`, lang: 'en', title: claim.statement }));
    expect(pages).toContainEqual(expect.objectContaining({ path: `ru/claims/${claim.id}`, lang: 'ru', title: claim.statement }));
    expect(pages.filter((p) => p.lang === 'ru').map((p) => p.path)).toEqual(pages.filter((p) => p.lang === 'en').map((p) => `ru/${p.path}`));
    expect(readFileSync(join(project, 'src/pages/[...path].astro'), 'utf8')).toContain('<html lang={page.lang}>');
  });
});
