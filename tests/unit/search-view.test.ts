/** The search page's views: a result, its excerpt, the status line and the filter groups (src/lib/search/*-view.ts). */
import { describe, expect, it } from 'vitest';
import { excerptSegments, formatCount, resultView, safeHref, sortDateText, statusText, type ResultData } from '../../src/lib/search/result-view.ts';
import { filterGroups, filterValues } from '../../src/lib/search/filter-view.ts';
import { SEARCH_FILTERS } from '../../src/lib/search/query-url.ts';

/** Pagefind's excerpt for a page's text: < and > as entities, & as written, matches in <mark> (pagefind.js 1.6, build_excerpt). */
const pagefindExcerpt = (text: string, matched: string[]) =>
  text
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .split(' ')
    .map((w) => (matched.includes(w) ? `<mark>${w}</mark>` : w))
    .join(' ');

describe('excerpt segments', () => {
  it('splits the excerpt into text and highlighted runs', () => {
    expect(excerptSegments('A guard said each barrack at <mark>Vorkhovo</mark> had to supply')).toEqual([
      { text: 'A guard said each barrack at ', mark: false },
      { text: 'Vorkhovo', mark: true },
      { text: ' had to supply', mark: false },
    ]);
    expect(excerptSegments('')).toEqual([]);
  });

  it('keeps hostile content as text: only Pagefind’s own <mark> is markup', () => {
    const hostile = '<img src=x onerror=alert(1)> <script>alert(2)</script> <mark>fake</mark> Vorkhovo &amp; "camp" &lt;b&gt;';
    const segments = excerptSegments(pagefindExcerpt(hostile, ['Vorkhovo']));
    // The page's text comes back as written, tags and all, as plain text…
    expect(segments.map((s) => s.text).join('')).toBe(hostile.replace('&lt;b&gt;', '<b>'));
    // …and the only highlighted run is the word searched for, not the page's own "<mark>fake</mark>".
    expect(segments.filter((s) => s.mark)).toEqual([{ text: 'Vorkhovo', mark: true }]);
    expect(segments.find((s) => s.text.includes('<img src=x onerror=alert(1)>'))?.mark).toBe(false);
  });
});

describe('result links', () => {
  it('keeps links on the site or on the web, and drops script and protocol-relative ones', () => {
    expect(safeHref('/claims/fixture-guard-barrack-quota/')).toBe('/claims/fixture-guard-barrack-quota/');
    expect(safeHref('https://example.org/a')).toBe('https://example.org/a');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', '//evil.example/', '/\\evil.example/', 'claims/x/', '', undefined])
      expect(safeHref(bad), String(bad)).toBeNull();
  });
});

describe('result view', () => {
  const claim: ResultData = {
    url: '/claims/fixture-guard-barrack-quota/',
    meta: {
      title: 'A guard said each barrack at Vorkhovo had to supply twelve volunteers a week.',
      claimant: 'a guard at the Vorkhovo transit camp (anonymous)',
      sort_date: '202303',
    },
    filters: { type: ['Claim'], status: ['Disputed'], topic: ['Quotas'], year: ['2023'] },
    excerpt: 'each barrack at <mark>Vorkhovo</mark> had',
    sub_results: [{ url: '/claims/fixture-guard-barrack-quota/', title: 'A guard said…', excerpt: 'x' }],
  };

  it('shows a claim with its type and status (from its filters), claimant, date and excerpt, without repeating itself as a section', () => {
    expect(resultView(claim)).toEqual({
      href: '/claims/fixture-guard-barrack-quota/',
      title: 'A guard said each barrack at Vorkhovo had to supply twelve volunteers a week.',
      kind: 'Claim',
      status: 'Disputed',
      claimant: 'a guard at the Vorkhovo transit camp (anonymous)',
      date: 'March 2023',
      excerpt: [
        { text: 'each barrack at ', mark: false },
        { text: 'Vorkhovo', mark: true },
        { text: ' had', mark: false },
      ],
      sections: [],
    });
  });

  it('shows a source’s kind and outlet, and a long report’s sections (at most three)', () => {
    const source = resultView({
      url: '/sources/s/',
      meta: { title: 'Inside', kind: 'Original reporting', outlet: 'Fixture Ledger Weekly' },
      filters: { type: ['Source'] },
      excerpt: '',
    });
    expect(source?.kind).toBe('Source · Original reporting · Fixture Ledger Weekly');
    expect(source?.status).toBeUndefined();
    const sections = ['a', 'b', 'c', 'd'].map((id) => ({ url: `/reports/long/#${id}`, title: `Section ${id}`, excerpt: `<mark>coffins</mark> ${id}` }));
    const report = resultView({ url: '/reports/long/', meta: { title: 'Long' }, filters: { type: ['Report'] }, excerpt: '', sub_results: sections });
    expect(report?.sections.map((s) => s.href)).toEqual(['/reports/long/#a', '/reports/long/#b', '/reports/long/#c']);
    expect(report?.sections[0]?.excerpt).toEqual([
      { text: 'coffins', mark: true },
      { text: ' a', mark: false },
    ]);
  });

  it('drops a result whose address is not a link to follow', () => {
    expect(resultView({ ...claim, meta: { ...claim.meta, url: 'javascript:alert(1)' } })).toBeNull();
  });

  it('writes the sort date at the precision it was recorded, and shows no date it cannot read', () => {
    expect(sortDateText('20230314')).toBe('14 March 2023');
    expect(sortDateText('202303')).toBe('March 2023');
    expect(sortDateText('2023')).toBe('2023');
    for (const bad of [undefined, '', '2023-03-14', '20231314', '202303140', 'undated']) expect(sortDateText(bad), String(bad)).toBeUndefined();
  });
});

describe('status line', () => {
  it('says how many results, for what words or filters', () => {
    expect(statusText(12, { term: 'Vorkhovo', filters: {} })).toBe('12 results for “Vorkhovo”.');
    expect(statusText(1, { term: 'Oksenfeld', filters: {} })).toBe('1 result for “Oksenfeld”.');
    expect(statusText(0, { term: 'zzz', filters: {} })).toBe('No results for “zzz”.');
    expect(statusText(3, { term: '', filters: { type: ['Finding'] } })).toBe('3 results with the filters chosen.');
    expect(statusText(1234, { term: 'camp', filters: { year: ['2023'] } })).toBe('1,234 results for “camp” with the filters chosen.');
    expect(statusText(0, { term: '', filters: {} })).toBe('');
  });

  it('formats counts with thousands separators', () => {
    expect([0, 7, 999, 1000, 23000, 1234567].map(formatCount)).toEqual(['0', '7', '999', '1,000', '23,000', '1,234,567']);
  });
});

describe('filter groups', () => {
  it('offers every filter group, in the page’s order, with a label', () => {
    expect(filterGroups().map((g) => g.name)).toEqual([...SEARCH_FILTERS]);
    expect(filterGroups().every((g) => g.label.length > 0)).toBe(true);
  });

  it('lists every value the index has with the count for the search on screen, years newest first', () => {
    const totals = { year: { '2022': 4, '2023': 7, '2024': 1 }, status: { Disputed: 2, Corroborated: 3, Unverified: 5 } };
    const counts = { year: { '2023': 2 }, status: { Disputed: 1 } };
    expect(filterValues('year', totals, counts, { filters: { year: ['2023'] } })).toEqual([
      { value: '2024', count: 0, checked: false },
      { value: '2023', count: 2, checked: true },
      { value: '2022', count: 0, checked: false },
    ]);
    expect(filterValues('status', totals, counts, { filters: {} }).map((v) => v.value)).toEqual(['Corroborated', 'Disputed', 'Unverified']);
    // Case and accents do not change the order; numbers go by value.
    const topics = { topic: { consent: 1, Élan: 1, Zeal: 1, Eagle: 1, 'Item 10': 1, 'Item 9': 1 } };
    expect(filterValues('topic', topics, topics, { filters: {} }).map((v) => v.value)).toEqual(['consent', 'Eagle', 'Élan', 'Item 10', 'Item 9', 'Zeal']);
    // A value from the address that the index does not have is still shown, ticked, so it can be unticked.
    expect(filterValues('topic', totals, counts, { filters: { topic: ['Gone'] } })).toEqual([{ value: 'Gone', count: 0, checked: true }]);
  });
});
