/**
 * Collations in the built fixture site: the copy's source page shows original and copy side by
 * side with every variant marked and judged, the report quotes the counts, and
 * /data/collations.json and .csv list every variant. Expected values are read off the fixture's
 * texts (tests/fixtures/site/texts) and judgements (tests/fixtures/site/collations).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { page } from '../support/html.ts';
import { FIXTURE_CONTENT, SUBPATH } from '../support/paths.ts';

const builds = [
  { name: 'at the root', dist: inject('rootDist'), origin: 'https://colony.example/', base: '/' },
  { name: 'under a base path', dist: inject('subpathDist'), origin: `https://colony.example${SUBPATH}`, base: SUBPATH },
];
const ORIGINAL = readFileSync(join(FIXTURE_CONTENT, 'texts/fixture-original.txt'), 'utf8');
const COPY = readFileSync(join(FIXTURE_CONTENT, 'texts/fixture-copy.txt'), 'utf8');

/** The collation section of the copy's page. */
function section(dist: string): string {
  const html = page(dist, 'sources/fixture-copy/index.html');
  const start = html.indexOf('<section class="collation"');
  expect(start, 'the copy page has a collation').toBeGreaterThan(0);
  // Astro's scoping attributes are styling, not content.
  return html.slice(start, html.indexOf('</section>', start) + '</section>'.length).replace(/ data-astro-cid-[a-z0-9]+/g, '');
}

describe.each(builds)('collations $name', ({ dist, origin, base }) => {
  it("shows the copy beside the original, each side a blockquote citing its source's page", () => {
    const html = section(dist);
    expect(html).toContain(`<cite>Lakeside colony volunteers (translated)</cite>`);
    expect(html).toContain(`<cite>Wardens recruit volunteers at the lakeside colony</cite>`);
    const quotes = [...html.matchAll(/<blockquote class="side side-(original|copy)"[^>]*cite="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    // Five aligned rows (headline, the bound, the pardon, the relatives, the copy's new sentence).
    expect(quotes).toHaveLength(10);
    expect(new Set(quotes.map(([side, cite]) => `${side} ${cite}`))).toEqual(
      new Set([`original ${base}sources/fixture-original/`, `copy ${base}sources/fixture-copy/`]),
    );
    // Read as text, not run: no script, no inline handler.
    expect(html).not.toMatch(/<script|\son[a-z]+=/i);
  });

  it('marks each variant in the texts and links it to its judgement and record', () => {
    const html = section(dist);
    const marks = [...html.matchAll(/<a class="variant (is-[a-z]+)( gap)?" href="#(v-[0-9a-f]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => ({
      judgement: m[1],
      gap: !!m[2],
      id: m[3],
      text: m[4],
    }));
    expect(marks.filter((m) => !m.gap).map((m) => [m.judgement, m.text])).toEqual([
      ['is-distortion', 'Up to nineteen'],
      ['is-neutral', 'the warden said'],
      ['is-distortion', 'Around ninety'],
      ['is-neutral', 'Many will never return'],
    ]);
    // Each mark's target is a judged variant in the list below.
    const listed = [...html.matchAll(/<li id="(v-[0-9a-f]+)" class="is-([a-z]+)"/g)].map((m) => [m[1], m[2]]);
    expect(listed.map(([, j]) => j)).toEqual(['distortion', 'neutral', 'neutral']);
    for (const m of marks) expect(listed.map(([id]) => id)).toContain(m.id);
    expect(html).toContain(`href="${base}claims/fixture-copy-says-ninety/"`);
    expect(html).toContain(`href="${base}findings/fixture-copy-drops-dateline/"`);
    expect(html).toContain('A ceiling of nineteen becomes about ninety.');
  });

  it("stacks the columns on a phone's width", () => {
    const css = readdirSync(join(dist, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(dist, '_astro', f), 'utf8'))
      .join('\n');
    // The minifier writes max-width as a range, (width<=40rem).
    const narrow = /@media \((?:max-width:\s*|width\s*<=\s*)40rem\)\s*\{([^@]*)\}/.exec(css.replaceAll('\n', ''));
    expect(narrow?.[1]).toMatch(/\.pair\[data-astro-cid-[a-z0-9]+\]\{grid-template-columns:1fr\}/);
  });

  it("links the original's page to the collation, and the report gives the collation's counts", () => {
    expect(page(dist, 'sources/fixture-original/index.html')).toContain(`href="${base}sources/fixture-copy/#collation"`);
    const report = page(dist, 'reports/fixture-lakeside-report/index.html');
    expect(report).toContain(`href="${base}sources/fixture-copy/#collation"`);
    expect(report).toContain('3 variants between the two texts: 1 distortion, 2 neutral');
  });

  it('lists every variant in /data/collations.json with its position in both texts, judgement and record', () => {
    const doc = JSON.parse(readFileSync(join(dist, 'data/collations.json'), 'utf8'));
    expect(doc.count).toBe(3);
    expect(doc.site).toBe(origin);
    const [bound, said, added] = doc.variants;
    expect(bound).toMatchObject({
      collation: 'fixture-copy',
      kind: 'replacement',
      originalText: 'Up to nineteen',
      copyText: 'Around ninety',
      originalPosition: { start: ORIGINAL.indexOf('Up to'), end: ORIGINAL.indexOf('Up to') + 'Up to nineteen'.length, sentence: 2 },
      copyPosition: { start: COPY.indexOf('Around'), end: COPY.indexOf('Around') + 'Around ninety'.length, sentence: 2 },
      judgement: 'distortion',
      record: { id: 'fixture-copy-says-ninety', type: 'claim', pageUrl: `${origin}claims/fixture-copy-says-ninety/` },
    });
    expect(bound.pageUrl).toBe(`${origin}sources/fixture-copy/#${bound.id}`);
    expect(said).toMatchObject({ kind: 'omission', originalText: 'the warden said', copyText: '', judgement: 'neutral', record: null });
    expect(added).toMatchObject({ kind: 'addition', copyText: 'Many will never return', record: { type: 'finding' } });
  });

  it('gives the same variants in /data/collations.csv', () => {
    const rows = parse(readFileSync(join(dist, 'data/collations.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => [r.original_text, r.copy_text, r.judgement, r.record_id])).toEqual([
      ['Up to nineteen', 'Around ninety', 'distortion', 'fixture-copy-says-ninety'],
      ['the warden said', '', 'neutral', ''],
      ['', 'Many will never return', 'neutral', 'fixture-copy-drops-dateline'],
    ]);
    expect(rows[0]!.original_start).toBe(String(ORIGINAL.indexOf('Up to')));
    expect(rows[0]!.flags).toBe('number;hedge');
  });
});
