import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../src/lib/content/entity-names.ts';

describe('normaliseName', () => {
  it('folds case in Latin and Cyrillic', () => {
    expect(normaliseName('PRIGOZHIN')).toBe('prigozhin');
    expect(normaliseName('ПРИГОЖИН')).toBe('пригожин');
  });
  it('writes ё as е and й as и, as Russian writers often do', () => {
    expect(normaliseName('Артёмовск')).toBe('артемовск');
    expect(normaliseName('Артемовск')).toBe('артемовск');
    expect(normaliseName('Евгений')).toBe('евгении');
    expect(normaliseName('Евгении')).toBe('евгении');
  });
  it('strips diacritics from Latin transliterations', () => {
    expect(normaliseName('Prigojine')).toBe('prigojine');
    expect(normaliseName('Jewgienij Prigożin')).toBe('jewgienij prigozin');
    expect(normaliseName('Luhanśk')).toBe('luhansk');
  });
  it('treats hyphens, dashes, quotes and dots as spaces', () => {
    expect(normaliseName('Storm-Z')).toBe('storm z');
    expect(normaliseName('Storm–Z')).toBe('storm z');
    expect(normaliseName('«Шторм Z»')).toBe('шторм z');
    expect(normaliseName('ЧВК «Вагнер»')).toBe('чвк вагнер');
    expect(normaliseName('Gulagu.net')).toBe('gulagu net');
    expect(normaliseName('  IK‑17,  Mordovia ')).toBe('ik 17 mordovia');
  });
  it('joins a word split by an apostrophe', () => {
    expect(normaliseName("Luhans'k")).toBe('luhansk');
    expect(normaliseName('Luhans’k')).toBe('luhansk');
  });
});
