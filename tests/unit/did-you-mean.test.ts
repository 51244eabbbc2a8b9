import { describe, expect, it } from 'vitest';
import { editDistance, fold, nameEntries, suggestNames } from '../../src/lib/search/did-you-mean.ts';
import { excerptSegments } from '../../src/lib/search/result-view.ts';

const NAMES = [
  { name: 'Yevgeny Prigozhin', spellings: ['Yevgeny Prigozhin', 'Evgeny Prigozhin', 'Пригожин'] },
  { name: 'Olga Romanova', spellings: ['Olga Romanova'] },
  { name: 'Wagner Group', spellings: ['Wagner Group', 'PMC Wagner'] },
];

describe('did you mean', () => {
  it('measures edits, a swap of neighbours as one', () => {
    expect(editDistance('prigozin', 'prigozhin')).toBe(1);
    expect(editDistance('wagenr', 'wagner')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(fold('Prigožin')).toBe('prigozin');
  });

  it('suggests Prigozhin for Prigozin, in the query’s own words', () => {
    expect(suggestNames('Prigozin', NAMES)).toEqual(['Prigozhin']);
    expect(suggestNames('Prigozin Wagner', NAMES)).toEqual(['Prigozhin Wagner']);
    expect(suggestNames('olga romanva', NAMES)).toEqual(['Olga Romanova']);
  });

  it('suggests nothing for an exact spelling, a short word or a word far from every name', () => {
    expect(suggestNames('Prigozhin', NAMES)).toEqual([]);
    expect(suggestNames('Olga', NAMES)).toEqual([]);
    expect(suggestNames('pardon', NAMES)).toEqual([]);
    expect(suggestNames('Wag', NAMES)).toEqual([]);
  });

  it('keeps the list small, closest first', () => {
    const many = Array.from({ length: 6 }, (_, i) => ({ name: `N${i}`, spellings: [`Romanov${'a'.repeat(i % 2)}${i}`] }));
    expect(suggestNames('Romanova1', many, 2)).toHaveLength(2);
  });

  it('writes each entity’s name and spellings once', () => {
    expect(
      nameEntries([
        { data: { name: 'Olga Romanova', names: [{ name: 'Olga Romanova' }, { name: 'Ольга Романова' }, { name: 'Olga Romanowa', wrong: true }] } },
      ]),
    ).toEqual([{ name: 'Olga Romanova', spellings: ['Olga Romanova', 'Ольга Романова'] }]);
  });
});

describe('search snippets', () => {
  it('drop web addresses, highlighted words inside them too, and keep the text around them', () => {
    expect(excerptSegments('Read at https://www.example.org/<mark>prigozhin</mark>-figures today, said <mark>Prigozhin</mark>.')).toEqual([
      { text: 'Read at today, said ', mark: false },
      { text: 'Prigozhin', mark: true },
      { text: '.', mark: false },
    ]);
  });
});
