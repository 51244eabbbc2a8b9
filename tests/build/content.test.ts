/**
 * The project's own content, built once (global setup): every claim has its page and one
 * open-data record, and search finds each claim by its distinctive words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { exists } from '../support/html.ts';
import { loadPagefind, searchResults, type Pagefind } from '../support/pagefind.ts';
import { CONTENT_QUERIES } from '../support/search-queries.ts';
import { ROOT } from '../support/paths.ts';

const dist = inject('contentDist');
const { content } = checkContent({ root: ROOT });
const claims = content.claims.filter((c) => !c.data.draft);

describe('the published content', () => {
  it('gives every report, claim and source its page', () => {
    // A translation ("ru/andrei") is its report's page in that language (/ru/reports/andrei/).
    const pageOf = (id: string) => (id.includes('/') ? `${id.replace('/', '/reports/')}/index.html` : `reports/${id}/index.html`);
    for (const a of content.reports.filter((x) => !x.data.draft)) expect(exists(dist, pageOf(a.id)), a.id).toBe(true);
    for (const c of claims) expect(exists(dist, `claims/${c.id}/index.html`), c.id).toBe(true);
    for (const s of content.sources) expect(exists(dist, `sources/${s.id}/index.html`), s.id).toBe(true);
  });

  it('lists every claim in claims.json exactly once', () => {
    const doc = JSON.parse(readFileSync(join(dist, 'data/claims.json'), 'utf8')) as { claims: Array<{ id: string }> };
    const ids = doc.claims.map((c) => c.id);
    expect(ids.length).toBe(new Set(ids).size);
    expect(ids.sort()).toEqual(claims.map((c) => c.id).sort());
  });

  it('carries every claim in at least one report', () => {
    const carried = new Set(content.reports.flatMap((a) => [...a.data.claims, ...[...a.body.matchAll(/<Claim\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]!)]));
    expect(claims.filter((c) => !carried.has(c.id)).map((c) => c.id)).toEqual([]);
  });
});

const STOP = new Set(
  'the and that this with from were was have has had for not but its their they them than then into over also about after before which who whom what when where while would could should there these those been being said says told other some more most many much such only very just each every both between against under within without through during upon onto your our his her him she he it of to in on at by as an or a is be are if no so do does did can may might will one two'.split(
    ' ',
  ),
);

/** The two rarest words of a claim's statement across all statements: what a reader would type to find it. */
function distinctiveWords(): Map<string, string> {
  const words = (text: string) =>
    [...new Set(text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’,.-]*[\p{L}\p{N}]/gu) ?? [])].filter((w) => w.length > 2 && !STOP.has(w));
  const df = new Map<string, number>();
  const perClaim = claims.map((c) => [c.id, words(c.data.statement)] as const);
  for (const [, ws] of perClaim) for (const w of ws) df.set(w, (df.get(w) ?? 0) + 1);
  return new Map(
    perClaim.map(([id, ws]) => [
      id,
      [...ws]
        .sort((a, b) => df.get(a)! - df.get(b)! || b.length - a.length)
        .slice(0, 2)
        .join(' '),
    ]),
  );
}

describe('search over the content', () => {
  let pf: Pagefind;
  beforeAll(async () => {
    pf = await loadPagefind(dist, inject('contentUrl'));
  });

  it.each(CONTENT_QUERIES.map((row) => [row.why, row] as const))('%s', async (_, row) => {
    const found = (await searchResults(pf, row.query, row.filters, undefined, 10)).map((d) => d.url);
    expect(found.slice(0, row.within ?? 3), `"${row.query}" → ${found.join(', ')}`).toContain(row.expect);
  });

  it('finds every claim in the top three by its two most distinctive words', async () => {
    const queries = distinctiveWords();
    expect(queries.size).toBe(claims.length);
    const misses: string[] = [];
    for (const [id, query] of queries) {
      const found = (await searchResults(pf, query, {}, undefined, 3)).map((d) => d.url);
      if (!found.includes(`/claims/${id}/`)) misses.push(`${id}: "${query}" → ${found.join(', ')}`);
    }
    expect(misses).toEqual([]);
  });
});
