import { describe, expect, it } from 'vitest';
import { languageGlobs, mergeEntries } from '../../src/lib/search/language-index.ts';

const dir = (name: string) => ({ name, isDirectory: true });
const file = (name: string) => ({ name, isDirectory: false });

describe('the search index, one language at a time', () => {
  it('picks Russian pages by their folder and English pages everywhere else', () => {
    const built = [file('index.html'), file('404.html'), dir('reports'), dir('claims'), dir('ru'), file('sitemap-0.xml'), dir('_astro')];
    expect(languageGlobs(built)).toEqual([
      { locale: 'en', glob: '{*.html,_astro/**/*.html,claims/**/*.html,reports/**/*.html}' },
      { locale: 'ru', glob: 'ru/**/*.html' },
    ]);
  });

  it('takes only the top-level HTML for English when the site has no folders but the Russian one', () => {
    expect(languageGlobs([file('index.html'), dir('ru')])[0]).toEqual({ locale: 'en', glob: '*.html' });
  });

  it('does not take a folder whose name only starts like a language prefix for that language', () => {
    expect(languageGlobs([dir('russia')])).toEqual([
      { locale: 'en', glob: '{*.html,russia/**/*.html}' },
      { locale: 'ru', glob: 'ru/**/*.html' },
    ]);
  });

  it('merges the entry file of each call into one that lists every language', () => {
    const en = { version: '1.6.0', languages: { en: { hash: 'en_1', wasm: 'en', page_count: 3 } }, include_characters: ['_'] };
    const ru = { version: '1.6.0', languages: { ru: { hash: 'ru_2', wasm: 'ru', page_count: 2 } }, include_characters: ['_'] };
    expect(mergeEntries([en, ru])).toEqual({
      version: '1.6.0',
      languages: { en: { hash: 'en_1', wasm: 'en', page_count: 3 }, ru: { hash: 'ru_2', wasm: 'ru', page_count: 2 } },
      include_characters: ['_'],
    });
    // The first entry is not changed by merging.
    expect(Object.keys(en.languages)).toEqual(['en']);
  });

  it('refuses entries that cannot share a bundle', () => {
    const en = { version: '1.6.0', languages: { en: {} } };
    expect(() => mergeEntries([en, { version: '1.5.0', languages: { ru: {} } }])).toThrow('versions 1.6.0 and 1.5.0');
    expect(() => mergeEntries([en, { version: '1.6.0', languages: { en: {} } }])).toThrow('two indexes of the language "en"');
    expect(() => mergeEntries([])).toThrow('no Pagefind entry');
  });
});
