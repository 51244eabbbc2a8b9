/**
 * Search quality: the built pagefind.js, run in Node against the fixture site served over
 * HTTP, the way the browser loads it. The query table is tests/support/search-queries.ts.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { FIXTURE_QUERIES } from '../support/search-queries.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fragmentData, loadPagefind, searchResults, type Pagefind, type PagefindResult } from '../support/pagefind.ts';
import { DATE_ORDER_FILE, orderByDate, type DateOrder } from '../../src/lib/search/order.ts';
import { page } from '../support/html.ts';
import { FIXTURE_CONTENT, ROOT, SUBPATH } from '../support/paths.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { STATUSES } from '../../src/lib/text/labels.ts';

let pf: Pagefind;
beforeAll(async () => {
  pf = await loadPagefind(inject('rootDist'), inject('rootUrl'));
});

describe('search quality (fixture query table)', () => {
  it.each(FIXTURE_QUERIES.map((row) => [row.why, row] as const))('%s', async (_, row) => {
    const found = (await searchResults(pf, row.query, row.filters)).map((d) => d.url);
    const within = row.within ?? 3;
    expect(found.slice(0, within), `"${row.query}" ${JSON.stringify(row.filters ?? {})} → ${found.join(', ')}`).toContain(row.expect);
  });
});

describe('search results', () => {
  it('gives a claim its own result with type, status, claimant and date', async () => {
    // The person's own page comes first (tests/build/entities.test.ts); then her claim.
    const first = (await searchResults(pf, 'Oksenfeld')).find((d) => d.url.startsWith('/claims/'));
    expect(first?.url).toBe('/claims/fixture-ostrogorsk-coffins/');
    // The fixture claim: unverified, said by "Marta Oksenfeld" (name changed), dated 2024-01.
    expect(first?.meta).toEqual({
      title: 'Families in Ostrogorsk received 57 sealed coffins during the winter.',
      claimant: '“Marta Oksenfeld” (name changed)',
      sort_date: '202401',
    });
    expect(first?.filters).toMatchObject({ type: ['Claim'], status: ['Unverified'] });
  });

  it('finds no record by its type or status alone: those are filters, not words', async () => {
    // Words no fixture text uses: only metadata indexed as words could match them.
    const { content } = checkContent({ root: ROOT, contentDir: FIXTURE_CONTENT });
    const claims = content.claims.filter((c) => !c.data.draft && c.data.status === 'superseded');
    expect(claims.length, 'the fixture has a superseded claim').toBeGreaterThan(0);
    const found = (await searchResults(pf, 'superseded')).map((d) => d.url);
    for (const c of claims) expect(found).not.toContain(`/claims/${c.id}/`);
  });

  it('gives a long report sub-results by section heading', async () => {
    const report = (await searchResults(pf, 'coffins')).find((d) => d.url === '/reports/fixture-long-report/');
    expect(report?.sub_results.map((s) => s.url)).toContain('/reports/fixture-long-report/#coffins-in-ostrogorsk');
    expect(report?.sub_results.find((s) => s.url.endsWith('#coffins-in-ostrogorsk'))?.title).toBe('Coffins in Ostrogorsk');
  });

  it('makes only reports, claims, findings, sources, entities and the methodology results, never index pages', async () => {
    const all = (await searchResults(pf, null)).map((d) => d.url).sort();
    for (const index of ['/', '/claims/', '/sources/', '/reports/', '/search/', '/404.html']) expect(all).not.toContain(index);
    expect(
      all.every((u) => /^\/(claims|reports|findings|sources|entities)\/[a-z0-9-]+\/$|^\/methodology\/$/.test(u)),
      all.join('\n'),
    ).toBe(true);
    const { content } = checkContent({ root: ROOT, contentDir: FIXTURE_CONTENT });
    const published = content.claims.filter((c) => !c.data.draft);
    expect(all.filter((u) => u.startsWith('/claims/'))).toHaveLength(published.length);
    expect(all).not.toContain('/claims/fixture-draft-claim/');
    const findings = content.findings.filter((f) => !f.data.draft);
    expect(findings.length, 'the fixture has a published finding').toBeGreaterThan(0);
    expect(all.filter((u) => u.startsWith('/findings/')).sort()).toEqual(findings.map((f) => `/findings/${f.id}/`).sort());
  });

  it('finds a finding by the words of its statement, as a finding of this project', async () => {
    // The fixture's finding: "The translated copy carries no date, though the original it copies is dated 10 August 2022."
    const found = await searchResults(pf, 'translated copy carries no date');
    const finding = found.find((d) => d.url === '/findings/fixture-copy-drops-dateline/');
    expect(finding, found.map((d) => d.url).join(', ')).toBeDefined();
    expect(found.indexOf(finding!)).toBeLessThan(3);
    expect(finding!.meta).toMatchObject({
      kind: 'Dateline',
      title: 'The translated copy carries no date, though the original it copies is dated 10 August 2022.',
      sort_date: '20261127',
    });
    expect(finding!.filters['type']).toEqual(['Finding']);
    expect(finding!.filters['status']).toBeUndefined();
    // Its basis is indexed text too; the note that a finding is not a fact-check is not.
    expect(finding!.content).toContain('the copy has no dateline or byline');
    expect(finding!.content).not.toContain('not a fact-check');
  });

  it('returns every URL with the trailing slash the site uses', async () => {
    for (const d of await searchResults(pf, 'Vorkhovo')) {
      expect(d.url).toMatch(/\/$/);
      for (const s of d.sub_results) expect(s.url).toMatch(/\/(#[a-z0-9-]+)?$/);
    }
  });

  it('leaves navigation, footers and badge legends out of the indexed text', async () => {
    const claim = (await searchResults(pf, 'Oksenfeld')).find((d) => d.url === '/claims/fixture-ostrogorsk-coffins/')!;
    expect(claim.content).toContain('they told us not to open the lids');
    // The facts' values are indexed, their labels are not, and minified values stay separate words.
    expect(claim.content).toMatch(/“Marta Oksenfeld” \(name changed\), mother of a recruit[^.]*\)\s+Ostrogorsk\s+January 2024/);
    expect(claim.content).not.toMatch(/\b(Claimant|About|Date|Why)\b/);
    expect(claim.content).toContain('River Radio Fixture says it could not verify the number of coffins');
    expect(claim.content).not.toContain('Skip to content');
    expect(claim.content).not.toContain('Methodology'); // the header navigation
    expect(claim.content).not.toContain('documents how Russia recruits'); // the footer
    expect(claim.content).not.toContain('says it could not check it'); // the badge's status definition
    expect(claim.content).not.toMatch(/○|Unverified/); // the badge itself
    // The kind is a filter, not indexed again as the page's kicker.
    expect(claim.filters['type']).toEqual(['Claim']);
    expect(claim.content).toContain('Families in Ostrogorsk received 57 sealed coffins');
    expect(claim.content).not.toMatch(/\bClaim\.?\s+Families in Ostrogorsk/);
    expect(
      (await searchResults(pf, 'Ukraine')).map((d) => d.url),
      'footer-only word',
    ).toEqual([]);
  });

  it('keeps the punctuation after a claim in a report attached to its words', async () => {
    // fixture-lakeside-report: "Inmates say <Claim>wardens offered a pardon after six months</Claim>."
    const report = (await searchResults(pf, 'pardon')).find((d) => d.url === '/reports/fixture-lakeside-report/')!;
    expect(report.content).toContain('wardens offered a pardon after six months.');
    // The claim's note is not indexed; the space before it was, and Pagefind counted the "." after it as a word.
    expect(report.content).not.toMatch(/\s[.,;:]/);
  });

  it("keeps headings as a record page's only anchors, so a report's result does not carry each claim's note", async () => {
    const report = (await searchResults(pf, 'pardon')).find((d) => d.url === '/reports/fixture-lakeside-report/')!;
    // The report's sections ("The quota", "The copy") and the heading of its further claims.
    expect(report.anchors.map((a) => a.id)).toEqual(expect.arrayContaining(['the-quota', 'the-copy', 'more-claims']));
    // The note beside "wardens offered a pardon": its claimant and outlets.
    expect(JSON.stringify(report)).not.toContain('an inmate of the lakeside colony');
    // Every record page: claims, cards and findings placed in a page are linkable, but not anchors.
    const records = (await searchResults(pf, null)).filter((d) => d.url !== '/methodology/');
    const anchors = records.flatMap((d) => d.anchors.map((a) => `${d.url} ${a.element}#${a.id}`));
    expect(anchors.length).toBeGreaterThan(0);
    expect(anchors.filter((a) => !/ h[1-6]#/.test(a))).toEqual([]);
  });

  it("leaves a source's labels and coded fields out of the indexed text, and keeps its outlet, date and address", async () => {
    const source = (await searchResults(pf, 'Fixture Ledger Weekly')).find((d) => d.url === '/sources/fixture-ledger-weekly/')!;
    expect(source.content).toMatch(/Fixture Ledger Weekly\s+Petra Hollowmere\s+14 March 2023/);
    expect(source.content).toContain('https://example.org/vorkhovo');
    // Labels, the language code, the kind (shown as metadata) and whether the project read it.
    expect(source.content).not.toMatch(/\b(Outlet|Published|Language|Kind|Consulted|Original reporting|Read directly)\b/);
    expect(source.meta['kind']).toBe('Original reporting');
  });

  it("indexes an entity's spellings without the names table's column headings", async () => {
    const entity = (await searchResults(pf, 'Vorkhovo')).find((d) => d.url === '/entities/vorkhovo-transit-camp/')!;
    expect(entity.content).toContain('Vorkhovo');
    expect(entity.content).not.toMatch(/Name\s*Script\s*Language\s*Note/);
  });
});

describe('filters', () => {
  it('counts every published record by type, status, topic, claimant and year', async () => {
    const counts = await pf.filters();
    // Expected counts computed from the fixture records directly, not from our search-meta code.
    const { content } = checkContent({ root: ROOT, contentDir: FIXTURE_CONTENT });
    const claims = content.claims.filter((c) => !c.data.draft);
    // A translation (id "ru/…") is the Russian page of its report, in the Russian index.
    const reports = content.reports.filter((a) => !a.data.draft && !a.id.includes('/'));
    const tally = (values: string[]) => values.reduce<Record<string, number>>((t, v) => ({ ...t, [v]: (t[v] ?? 0) + 1 }), {});
    const findings = content.findings.filter((f) => !f.data.draft);
    expect(counts['type']).toEqual({
      Claim: claims.length,
      Report: reports.length,
      Finding: findings.length,
      Source: content.sources.length,
      Profile: content.entities.length,
    });
    // Reports carry their overall verification status too.
    expect(counts['status']).toEqual(
      tally([...claims.map((c) => c.data.status), ...reports.map((a) => a.data.verification.status)].map((s) => STATUSES[s].label)),
    );
    const identification = { named: 'Named', 'changed-name': 'Name changed', anonymous: 'Anonymous', institution: 'Institution' } as const;
    expect(counts['claimant']).toEqual(tally(claims.map((c) => identification[c.data.claimant.identification])));
    const years = [
      ...claims.map((c) => c.data.date),
      ...reports.map((a) => a.data.published),
      ...content.sources.map((x) => x.data.published).filter((d) => d !== 'undated'),
      ...findings.map((f) => f.data.date),
    ];
    expect(counts['year']).toEqual(tally(years.map((d) => d.slice(0, 4))));
    expect(counts['topic']).toMatchObject({ Recruitment: expect.any(Number), 'Transit camps': 2, Consent: 2 });
  });

  it('narrows a search and reports counts for the narrowed set', async () => {
    const all = await pf.search('Vorkhovo');
    const claims = await pf.search('Vorkhovo', { filters: { type: ['Claim'] } });
    expect(claims.results.length).toBeLessThan(all.results.length);
    expect(claims.unfilteredResultCount).toBe(all.results.length);
    const data = await Promise.all(claims.results.map((r) => r.data()));
    expect(data.every((d) => d.filters['type']?.[0] === 'Claim')).toBe(true);
    // Counts beside each status are for the current query and the other filters.
    expect(claims.filters['status']?.['Disputed']).toBe(1);
    expect(claims.filters['type']?.['Report']).toBe(0);
  });

  it('sorts by date, newest or oldest first, from the date order file and not the page table', async () => {
    const order = JSON.parse(readFileSync(join(inject('rootDist'), DATE_ORDER_FILE), 'utf8')) as DateOrder;
    const dates = async (direction: 'asc' | 'desc') => {
      const { results } = await pf.search('Granmoor', { filters: { type: ['Claim'] } });
      return Promise.all(orderByDate(results as unknown as Array<PagefindResult & { id: string }>, order, direction).map(async (r) => (await r.data()).url));
    };
    expect(await dates('asc')).toEqual(['/claims/fixture-early-count/', '/claims/fixture-vorkhovo-ledger-count/']);
    expect(await dates('desc')).toEqual(['/claims/fixture-vorkhovo-ledger-count/', '/claims/fixture-early-count/']);
    // Every published claim, report and finding and every dated source is in the order, and only those.
    const { content } = checkContent({ root: ROOT, contentDir: FIXTURE_CONTENT });
    const dated =
      content.claims.filter((c) => !c.data.draft).length +
      content.reports.filter((a) => !a.data.draft && !a.id.includes('/')).length +
      content.sources.filter((s) => s.data.published !== 'undated').length +
      content.findings.filter((f) => !f.data.draft).length;
    expect(
      content.sources.some((s) => s.data.published === 'undated'),
      'the fixture has an undated source',
    ).toBe(true);
    // One order per language, one after the other (page ids carry their language): each edition has every dated page.
    const bundle = join(inject('rootDist'), 'pagefind');
    for (const language of ['en', 'ru']) {
      const pages = order.pages.filter((id) => id.startsWith(`${language}_`));
      expect(pages, language).toHaveLength(dated);
      // The language's order follows the dates each result shows (its fragment's sort_date).
      const shown = pages.map((id) => fragmentData(readFileSync(join(bundle, 'fragment', `${id}.pf_fragment`))).meta['sort_date']!);
      expect(shown.every(Boolean)).toBe(true);
      expect(shown).toEqual([...shown].sort());
    }
    expect(order.pages).toHaveLength(2 * dated);

    // And the page table every search loads carries no date sort: in its CBOR, a sort entry
    // would start as a two-item array (0x82) holding the text "date" (0x64, then 4 bytes).
    const tables = readdirSync(bundle).filter((f) => f.endsWith('.pf_meta'));
    expect(tables).toHaveLength(2);
    for (const name of tables) {
      const table = gunzipSync(readFileSync(join(bundle, name)));
      expect(table.includes(Buffer.from([0x82, 0x64, ...Buffer.from('date')])), name).toBe(false);
    }
  });
});

describe('the index files', () => {
  it('stores the page table and the filter data at the best compression zlib has, as Pagefind reads them', () => {
    const bundle = join(inject('rootDist'), 'pagefind');
    const files = [...readdirSync(bundle).filter((f) => f.endsWith('.pf_meta')), ...readdirSync(join(bundle, 'filter')).map((f) => join('filter', f))];
    // Per language (English, Russian), the page table and one file per filter: type, status, topic, claimant, year, entity.
    expect(files).toHaveLength(14);
    for (const name of files) {
      const file = readFileSync(join(bundle, name));
      const content = gunzipSync(file);
      expect(content.subarray(0, 12).toString(), name).toBe('pagefind_dcd');
      for (const strategy of [constants.Z_DEFAULT_STRATEGY, constants.Z_FILTERED]) {
        expect(gzipSync(content, { level: 9, memLevel: 9, strategy }).length, name).toBeGreaterThanOrEqual(file.length);
      }
    }
  });
});

describe('under a base path', () => {
  it('returns result and sub-result URLs under the base path', async () => {
    const sub = await loadPagefind(inject('subpathDist'), inject('subpathUrl'));
    const found = await searchResults(sub, 'coffins');
    expect(found.map((d) => d.url)).toContain(`${SUBPATH}claims/fixture-ostrogorsk-coffins/`);
    for (const d of found) {
      expect(d.url.startsWith(SUBPATH)).toBe(true);
      for (const s of d.sub_results) expect(s.url.startsWith(SUBPATH)).toBe(true);
    }
  });

  it('gives the search page its own form under the base path, and the header form points at it', () => {
    const html = page(inject('subpathDist'), '/search/');
    expect(html).toMatch(new RegExp(`<form class="search-form" role="search" action="${SUBPATH}search/" method="get"`));
    expect(page(inject('subpathDist'), '/claims/')).toMatch(new RegExp(`<form class="site-search"[^>]*action="${SUBPATH}search/" method="get"`));
  });
});

describe('the search page without JavaScript', () => {
  it('says search needs JavaScript and links to the claims index; no inline scripts', () => {
    const html = page(inject('rootDist'), '/search/');
    expect(html).toMatch(/<noscript>[^]*needs JavaScript[^]*href="\/claims\/"[^]*<\/noscript>/);
    // Only external module scripts.
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/^<script type="module" src="\/_astro\/[^"]+\.js">$/);
    expect(html).not.toMatch(/<style\b|\son[a-z]+="|\sstyle="/);
  });

  it('draws its own search box, results region and filter groups, and loads nothing of Pagefind until the script asks', () => {
    const html = page(inject('rootDist'), '/search/');
    expect(html).toMatch(/<input[^>]*id="search-input"[^>]*type="search"[^>]*name="q"/);
    expect(html).toMatch(/<div class="search-found" data-search-results aria-busy="true">/);
    expect(html).toMatch(/<p class="search-status" role="status" aria-live="polite" data-search-status><\/p>/);
    // One group per filter, named by its legend.
    const legends = [...html.matchAll(/<legend class="visually-hidden">([^<]+)<\/legend>/g)].map((m) => m[1]);
    expect(legends).toEqual(['Type', 'Status', 'Topic', 'Claimant', 'Year', 'Person, group or place']);
    // No Component UI, and no preloading of Pagefind's files for a reader who may never search.
    expect(html).not.toMatch(/pagefind-(component|modular)-ui|<pagefind-|rel="modulepreload"[^>]*pagefind/);
  });
});
