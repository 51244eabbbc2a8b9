/**
 * A status listing that fills two pages: 205 "reported" claims, 200 a page (CLAIMS_PER_PAGE),
 * built under a subpath so every pager link must carry the base. The content is written by
 * the test (205 claims are easier to read as a loop than as a committed file).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/support/astro-run.ts';
import { attributes, exists, page } from '../support/html.ts';
import { OUTPUT, SUBPATH } from '../support/paths.ts';

const CLAIMS = 205;
const id = (n: number) => `paged-claim-${String(n).padStart(3, '0')}`;
const root = join(OUTPUT, 'paged');
const contentDir = join(root, 'content');
const dist = join(root, 'dist');

function writeContent(): void {
  rmSync(root, { recursive: true, force: true });
  for (const folder of ['reports', 'sources', 'claims', 'events']) mkdirSync(join(contentDir, folder), { recursive: true });
  writeFileSync(
    join(contentDir, 'sources/sources.yaml'),
    '- id: paged-source\n  outlet: Paged Gazette\n  title: Many claims in one text\n  published: 2020-01-01\n  language: en\n  kind: original-reporting\n',
  );
  // Same date for all, so the listing orders them by id: page 2 holds 201 to 205.
  const claims = Array.from({ length: CLAIMS }, (_, i) =>
    [
      `- id: ${id(i + 1)}`,
      `  statement: Paged statement number ${i + 1}.`,
      '  claimant: { name: Paged Gazette, identification: institution, kind: outlet }',
      '  date: 2020-01-01',
      '  sources: [{ id: paged-source }]',
      '  status: reported',
      '  basis: One outlet reports it.',
    ].join('\n'),
  );
  writeFileSync(join(contentDir, 'claims/claims.yaml'), `${claims.join('\n')}\n`);
  writeFileSync(
    join(contentDir, 'reports/paged-report.mdx'),
    '---\ntitle: A report with many claims\nsummary: It lists them.\npublished: 2020-02-01\nsources: [paged-source]\nverification: { status: reported, basis: One outlet. }\n---\n\nThe claims are listed on their status pages.\n',
  );
  writeFileSync(join(contentDir, 'events/events.yaml'), '- id: paged-event\n  date: 2020-01\n  title: Many claims appear\n');
}

/** A root-relative href of this build, as a path inside dist. */
const inDist = (href: string) => {
  expect(href.startsWith(SUBPATH), `${href} is under ${SUBPATH}`).toBe(true);
  return `/${href.slice(SUBPATH.length)}`;
};
const pager = (html: string, rel: 'prev' | 'next') => new RegExp(`<a rel="${rel}" href="([^"]+)"`).exec(html)?.[1];

describe('a status listing of two pages', () => {
  beforeAll(async () => {
    writeContent();
    const result = await buildSite({ contentDir, outDir: dist, base: SUBPATH });
    if (result.code !== 0) throw new Error(`build of the paged fixture failed:\n${result.output}`);
  });

  it('builds page 2 with the claims page 1 had no room for', () => {
    const first = page(dist, '/claims/status/reported/');
    const second = page(dist, '/claims/status/reported/2/');
    expect(first).toContain('Reported claims, page 1 of 2');
    expect(second).toContain('Reported claims, page 2 of 2');
    expect(second).toContain('205 claims, newest first; 201–205 on this page');
    const cards = (html: string) => [...html.matchAll(/<article class="claim-card"><span id="claim-([^"]+)"/g)].map((m) => m[1]);
    expect(cards(first)).toHaveLength(200);
    expect(cards(second)).toEqual([id(201), id(202), id(203), id(204), id(205)]);
  });

  it('links page 1 to page 2 and back, under the base, to pages that exist', () => {
    const first = page(dist, '/claims/status/reported/');
    const second = page(dist, '/claims/status/reported/2/');
    expect(pager(first, 'prev')).toBeUndefined();
    expect(pager(first, 'next')).toBe(`${SUBPATH}claims/status/reported/2/`);
    expect(pager(second, 'prev')).toBe(`${SUBPATH}claims/status/reported/`);
    expect(pager(second, 'next')).toBeUndefined();
    for (const href of [pager(first, 'next')!, pager(second, 'prev')!]) expect(exists(dist, `${inDist(href)}index.html`), href).toBe(true);
  });

  it('links every claim on page 2 to its own page', () => {
    const links = attributes(page(dist, '/claims/status/reported/2/'), 'href').filter((h) => h.includes('/claims/paged-claim-'));
    expect(links).toEqual([201, 202, 203, 204, 205].map((n) => `${SUBPATH}claims/${id(n)}/`));
    for (const href of links) expect(exists(dist, `${inDist(href)}index.html`), href).toBe(true);
  });
});
