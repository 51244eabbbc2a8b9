import { describe, expect, it } from 'vitest';
import { ancestry, independentGroups, lineageCycles, rootOf } from '../../src/lib/content/source-lineage.ts';

const sources = [
  { id: 'cnn', outlet: 'CNN' },
  { id: 'cnn-later', outlet: 'CNN' },
  { id: 'excerpt', outlet: 'GDC', derivedFrom: 'cnn' },
  { id: 'translation', outlet: 'Mirror', derivedFrom: 'cnn' },
  { id: 'rewrite-of-translation', outlet: 'Content farm', derivedFrom: 'translation' },
  { id: 'bbc', outlet: 'BBC' },
];
const byId = new Map(sources.map((s) => [s.id, s]));

describe('lineage', () => {
  it('follows derivedFrom to the original', () => {
    expect(ancestry('rewrite-of-translation', byId).map((s) => s.id)).toEqual(['rewrite-of-translation', 'translation', 'cnn']);
    expect(rootOf('excerpt', byId)?.id).toBe('cnn');
  });
  it('counts five copies of one report as one line of reporting', () => {
    expect(independentGroups(['cnn', 'excerpt', 'translation', 'rewrite-of-translation'], byId)).toHaveLength(1);
  });
  it('counts two reports by the same outlet once', () => {
    expect(independentGroups(['cnn', 'cnn-later'], byId)).toHaveLength(1);
  });
  it('counts different originals separately', () => {
    const groups = independentGroups(['excerpt', 'bbc'], byId);
    expect(groups.map((g) => g.outlet).sort()).toEqual(['BBC', 'CNN']);
  });
  it('detects cycles once', () => {
    const cyclic = new Map([
      ['a', { id: 'a', outlet: 'A', derivedFrom: 'b' }],
      ['b', { id: 'b', outlet: 'B', derivedFrom: 'a' }],
      ['c', { id: 'c', outlet: 'C', derivedFrom: 'a' }],
    ]);
    expect(lineageCycles(cyclic)).toEqual([['a', 'b']]);
    expect(lineageCycles(byId)).toEqual([]);
  });
});
