import { describe, expect, it } from 'vitest';
import { searchParts } from '../../scripts/bench/measure.ts';

describe('searchParts', () => {
  it('splits a search transfer into the engine, the page table, index chunks and results', () => {
    const parts = searchParts({
      query: 'q',
      results: 2,
      bytes: 0,
      requests: [
        { path: '/pagefind/pagefind.js', bytes: 10 },
        { path: '/pagefind/pagefind-entry.json', bytes: 1 },
        { path: '/pagefind/wasm.en.pagefind', bytes: 50 },
        { path: '/pagefind/pagefind.en_abc.pf_meta', bytes: 100 },
        { path: '/pagefind/index/en_1.pf_index', bytes: 20 },
        { path: '/pagefind/index/en_2.pf_index', bytes: 5 },
        { path: '/pagefind/fragment/en_3.pf_fragment', bytes: 3 },
        { path: '/pagefind/filter/en_4.pf_filter', bytes: 2 },
      ],
    });
    expect(parts).toEqual({ engine: 61, meta: 100, index: 25, other: 5 });
  });

  it('does not take a page that merely mentions pagefind for the engine', () => {
    expect(searchParts({ query: 'q', results: 0, bytes: 0, requests: [{ path: '/reports/pagefind.js/', bytes: 7 }] }).engine).toBe(0);
  });
});
