import { describe, expect, it } from 'vitest';
import { addSample, NO_PEAKS, searchParts } from '../../scripts/bench/measure.ts';
import { summariseHeap } from '../../scripts/bench/heap-summary.ts';

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

describe('addSample', () => {
  const node = (rss: number) => ({ pid: 10, name: 'node', rss });
  const pagefind = (rss: number) => ({ pid: 11, name: 'pagefind_extended', rss });

  it('takes the tree peak as the largest sum at one moment, not the sum of each process peak', () => {
    let peaks = addSample(NO_PEAKS, [node(900)], 100);
    peaks = addSample(peaks, [node(600), pagefind(500)], 200);
    peaks = addSample(peaks, [node(300), pagefind(700)], 300);
    expect(peaks.peakRss).toBe(1100);
    expect(peaks.atMs).toBe(200);
    expect(peaks.atPeak).toEqual([node(600), pagefind(500)]);
  });

  it('keeps each process at its own peak and when it came, largest first', () => {
    let peaks = addSample(NO_PEAKS, [node(900)], 100);
    peaks = addSample(peaks, [node(600), pagefind(500)], 200);
    peaks = addSample(peaks, [node(300), pagefind(700)], 300);
    expect(peaks.byProcess).toEqual([
      { ...node(900), atMs: 100 },
      { ...pagefind(700), atMs: 300 },
    ]);
  });
});

describe('summariseHeap', () => {
  it('groups objects by constructor and other nodes by kind, and strings by their start', () => {
    const summary = summariseHeap(
      {
        nodeFields: ['type', 'name', 'id', 'self_size'],
        nodeTypes: ['hidden', 'array', 'string', 'object'],
        strings: ['Map', '<!DOCTYPE html><p>a', '<!DOCTYPE html><p>b', 'Route', ''],
        nodes: [3, 0, 1, 40, 3, 0, 2, 40, 3, 3, 3, 16, 2, 1, 4, 100, 2, 2, 5, 60, 1, 4, 6, 8],
      },
      10,
      9,
    );
    expect(summary.total).toBe(264);
    expect(summary.byConstructor).toEqual([
      { name: '(string)', count: 2, bytes: 160 },
      { name: 'Map', count: 2, bytes: 80 },
      { name: 'Route', count: 1, bytes: 16 },
      { name: '(array)', count: 1, bytes: 8 },
    ]);
    expect(summary.stringsByPrefix).toEqual([{ name: '"<!DOCTYPE"', count: 2, bytes: 160 }]);
  });
});
