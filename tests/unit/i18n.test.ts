import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content/check.ts';
import { translationState } from '../../src/lib/i18n/translation-state.ts';
import { FIXTURE_CONTENT } from '../support/paths.ts';
import { claimAttributionRu } from '../../src/lib/views/russian-attribution.ts';
import { CLAIMANT_KIND_LIST, STATUS_LIST, sourceKindLabel } from '../../src/lib/text/labels.ts';
import { SOURCE_KINDS } from '../../src/schema/index.ts';
import type { Claim, Entity, Source } from '../../src/schema/index.ts';
import { catalogueProblems, describeCatalogueProblems } from '../../src/lib/i18n/catalogue-check.ts';
import { CATALOGUES, t, tn } from '../../src/lib/i18n/messages.ts';
import { formatDateIn, formatNumberIn } from '../../src/lib/text/intl-format.ts';
import { localeOfPath, localisedPath, unlocalisedPath } from '../../src/lib/text/locales.ts';
import { inLocale } from '../../src/lib/i18n/render-locale.ts';
import { checkCatalogues } from '../../src/integrations/i18n-guard.ts';
import { staleTranslations } from '../../src/lib/content/rules/cross-record/translation.ts';
import { statusText, type StatusWords } from '../../src/lib/search/result-view.ts';
import { url, urlIn, sitePath } from '../../src/lib/routing/url.ts';
import { routes } from '../../src/lib/routing/routes.ts';
import { editionAlternates, editionRoutes, pagePattern } from '../../src/lib/routing/editions.ts';
import { formatDate } from '../../src/lib/text/format.ts';

describe('the interface catalogues', () => {
  it('have the same keys in English and Russian, none empty', () => {
    expect(catalogueProblems({ locale: 'en', messages: CATALOGUES.en }, [{ locale: 'ru', messages: CATALOGUES.ru }])).toEqual([]);
    expect(() => checkCatalogues()).not.toThrow();
  });

  it('name a key missing from one catalogue and a key only one has', () => {
    const en = { 'nav.reports': 'Reports', 'nav.claims': 'Claims' };
    const ru = { 'nav.reports': 'Материалы', 'nav.claimz': 'Утверждения' };
    const problems = catalogueProblems({ locale: 'en', messages: en }, [{ locale: 'ru', messages: ru }]);
    expect(problems).toEqual([
      { locale: 'ru', key: 'nav.claims', problem: 'missing' },
      { locale: 'ru', key: 'nav.claimz', problem: 'extra' },
    ]);
    expect(describeCatalogueProblems(problems)).toContain('src/lib/i18n/ru.ts  "nav.claims"  missing');
  });

  it('refuse an empty translation and a plural written as a single form', () => {
    const problems = catalogueProblems({ locale: 'en', messages: { a: 'A', b: '{n} report|{n} reports' } }, [
      { locale: 'ru', messages: { a: ' ', b: '{n} материалов' } },
    ]);
    expect(problems.map((p) => `${p.key}:${p.problem}`)).toEqual(['a:empty', 'b:plural']);
  });

  it('stop the build (the guard throws) when the Russian catalogue lacks a key', () => {
    const { 'nav.figures': _dropped, ...ru } = CATALOGUES.ru;
    expect(() => checkCatalogues({ en: CATALOGUES.en, ru })).toThrow(/ru\.ts {2}"nav\.figures" {2}missing/);
    expect(() => checkCatalogues({ en: CATALOGUES.en, ru: { ...CATALOGUES.ru, 'nav.extra': 'Лишнее' } })).toThrow(/"nav\.extra" {2}extra/);
  });
});

describe('messages', () => {
  it('fill parameters', () => {
    expect(t('ru', 'report.claimRecordLabel', { statement: 'X' })).toBe('Карточка утверждения: X');
    expect(t('en', 'nav.entities')).toBe('People and places');
  });

  it('choose the Russian plural form by Intl plural rules', () => {
    expect(tn('ru', 'home.reports', 1)).toBe('1 материал');
    expect(tn('ru', 'home.reports', 3)).toBe('3 материала');
    expect(tn('ru', 'home.reports', 5)).toBe('5 материалов');
    expect(tn('ru', 'home.reports', 21)).toBe('21 материал');
    expect(tn('ru', 'home.claims', 159)).toBe('159 утверждений');
    expect(tn('en', 'home.claims', 1)).toBe('1 claim');
    expect(tn('en', 'home.claims', 1200)).toBe('1,200 claims');
  });
});

describe('dates and numbers by language', () => {
  it('keep the recorded precision in Russian, in the genitive for a day', () => {
    expect(formatDateIn('ru', 2024, 6, 17)).toBe('17 июня 2024 г.');
    expect(formatDateIn('ru', 2024, 6)).toBe('июнь 2024 г.');
    expect(formatDateIn('ru', 2024)).toBe('2024');
    expect(formatDateIn('en', 2024, 6, 17)).toBe('17 June 2024');
  });

  it('group digits as each language does', () => {
    expect(formatNumberIn('en', 48366)).toBe('48,366');
    expect(formatNumberIn('ru', 48366)).toBe('48\u00a0366');
  });

  it('follow the page being rendered, and stay English outside a render', () => {
    expect(inLocale('ru', () => formatDate('2023-05-11'))).toBe('11 мая 2023 г.');
    expect(formatDate('2023-05-11')).toBe('11 May 2023');
  });
});

describe('addresses by language', () => {
  it('put Russian pages under /ru/ and English at the root', () => {
    expect(localisedPath('ru', '/claims/x/')).toBe('/ru/claims/x/');
    expect(localisedPath('en', '/ru/claims/x/')).toBe('/claims/x/');
    expect(localisedPath('ru', '/ru/')).toBe('/ru/');
    expect(unlocalisedPath('/ru')).toBe('/');
    expect(localeOfPath('/ru/search/')).toBe('ru');
    expect(localeOfPath('/rules/')).toBe('en');
  });

  it('give a Russian page Russian links to pages, and leave files where they are', () => {
    inLocale('ru', () => {
      expect(url('/claims/x/')).toBe('/ru/claims/x/');
      expect(routes.report('andrei')).toBe('/ru/reports/andrei/');
      expect(url('/data/claims.json')).toBe('/data/claims.json');
      expect(url('/pagefind/')).toBe('/pagefind/');
      expect(routes.rss()).toBe('/ru/rss.xml');
    });
    expect(url('/claims/x/')).toBe('/claims/x/');
    expect(urlIn('ru', '/')).toBe('/ru/');
    expect(sitePath('/ru/claims/')).toBe('/ru/claims/');
  });
});

describe('the Russian edition’s routes', () => {
  it('turn a page file into its route pattern as Astro does', () => {
    expect(pagePattern('index.astro')).toBe('/');
    expect(pagePattern('claims/index.astro')).toBe('/claims');
    expect(pagePattern('claims/[id].astro')).toBe('/claims/[id]');
    expect(pagePattern('claims\\status\\[status]\\[...page].astro')).toBe('/claims/status/[status]/[...page]');
  });

  it('serve every English page file again under /ru/, and nothing that is not a page', () => {
    const files = [
      'index.astro',
      '404.astro',
      '[...moved].astro',
      'claims/[id].astro',
      'rss.xml.ts',
      'data/claims.json.ts',
      'claims',
      '_parts/Box.astro',
      'ru/rss.xml.ts',
      'ru/special.astro',
    ];
    expect(editionRoutes(files)).toEqual([
      { pattern: '/ru/404', entrypoint: '404.astro', locale: 'ru' },
      { pattern: '/ru/[...moved]', entrypoint: '[...moved].astro', locale: 'ru' },
      { pattern: '/ru/claims/[id]', entrypoint: 'claims/[id].astro', locale: 'ru' },
      { pattern: '/ru', entrypoint: 'index.astro', locale: 'ru' },
    ]);
  });

  it('give a page its address in each edition for the sitemap, under the base, both ways', () => {
    const listed = new Set(['https://x.example/sub/claims/a/', 'https://x.example/sub/ru/claims/a/', 'https://x.example/sub/', 'https://x.example/sub/ru/']);
    const exists = (u: string) => listed.has(u);
    const both = [
      { url: 'https://x.example/sub/claims/a/', lang: 'en' },
      { url: 'https://x.example/sub/ru/claims/a/', lang: 'ru' },
    ];
    expect(editionAlternates('https://x.example/sub/claims/a/', '/sub/', exists)).toEqual(both);
    expect(editionAlternates('https://x.example/sub/ru/claims/a/', '/sub', exists)).toEqual(both);
    expect(editionAlternates('https://x.example/sub/ru/', '/sub/', exists)).toEqual([
      { url: 'https://x.example/sub/', lang: 'en' },
      { url: 'https://x.example/sub/ru/', lang: 'ru' },
    ]);
  });

  it('give no alternates to a page the other edition does not list, or one outside the base', () => {
    const exists = (u: string) => u === 'https://x.example/claims/b/';
    expect(editionAlternates('https://x.example/claims/b/', '/', exists)).toEqual([]);
    expect(editionAlternates('https://x.example/other/claims/b/', '/sub/', () => true)).toEqual([]);
    // "/russia/" is not the Russian edition's prefix.
    expect(editionAlternates('https://x.example/russia/', '/', () => true)).toEqual([
      { url: 'https://x.example/russia/', lang: 'en' },
      { url: 'https://x.example/ru/russia/', lang: 'ru' },
    ]);
  });
});

describe('stale translations', () => {
  const english = { id: 'andrei', file: 'content/reports/andrei.mdx', data: { published: '2026-11-21', updated: '2026-11-29' } };
  it('lists a translation that follows an older English version, as a warning', () => {
    const ru = {
      id: 'ru/andrei',
      file: 'content/reports/ru/andrei.mdx',
      data: { published: '2026-11-21', translationOf: { id: 'andrei', updated: '2026-11-21' } },
    };
    expect(staleTranslations([english, ru])).toEqual([
      { file: 'content/reports/ru/andrei.mdx', id: 'ru/andrei', follows: '2026-11-21', english: '2026-11-29' },
    ]);
  });
  it('does not list one that follows the current version', () => {
    const ru = {
      id: 'ru/andrei',
      file: 'content/reports/ru/andrei.mdx',
      data: { published: '2026-11-21', translationOf: { id: 'andrei', updated: '2026-11-29' } },
    };
    expect(staleTranslations([english, ru])).toEqual([]);
  });
});

describe('the Russian search page status line', () => {
  const words: StatusWords = {
    results: { one: 'Найден {n} результат', few: 'Найдено {n} результата', many: 'Найдено {n} результатов', other: 'Найдено {n} результата' },
    none: 'Ничего не найдено',
    forTerm: ' по запросу «{term}»',
    filtered: ' с выбранными фильтрами',
    group: '\u00a0',
  };
  it('counts in Russian plural forms, grouping thousands with a no-break space', () => {
    expect(statusText(21, { term: 'Пригожин', filters: {} }, words)).toBe('Найден 21 результат по запросу «Пригожин».');
    expect(statusText(3, { term: 'Пригожин', filters: {} }, words)).toBe('Найдено 3 результата по запросу «Пригожин».');
    expect(statusText(12, { term: '', filters: { type: ['Claim'] } }, words)).toBe('Найдено 12 результатов с выбранными фильтрами.');
    expect(statusText(1234, { term: 'вербовка', filters: {} }, words)).toBe('Найдено 1\u00a0234 результата по запросу «вербовка».');
    expect(statusText(0, { term: 'вербовка', filters: {} }, words)).toBe('Ничего не найдено по запросу «вербовка».');
  });
  it('stays English by default', () => {
    expect(statusText(1, { term: 'Oksenfeld', filters: {} })).toBe('1 result for “Oksenfeld”.');
    expect(statusText(1234, { term: 'x', filters: {} })).toBe('1,234 results for “x”.');
  });
});

describe('a translation behind its English report', () => {
  it('is current, behind or missing by the English date it follows', () => {
    const english = { published: '2026-11-01', updated: '2026-11-03' };
    expect(translationState(english, { translationOf: { id: 'x', updated: '2026-11-03' } })).toEqual({ state: 'current', follows: '2026-11-03' });
    expect(translationState(english, { translationOf: { id: 'x', updated: '2026-11-01' } })).toEqual({
      state: 'behind',
      follows: '2026-11-01',
      english: '2026-11-03',
    });
    expect(translationState(english, undefined)).toEqual({ state: 'untranslated' });
  });

  it('is a warning of the check, not a problem', () => {
    // The fixture site with its Russian report following an older English version.
    const dir = mkdtempSync(join(tmpdir(), 'stale-translation-'));
    cpSync(FIXTURE_CONTENT, dir, { recursive: true });
    const file = join(dir, 'reports/ru/fixture-lakeside-report.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('updated: 2026-11-03 }', 'updated: 2026-11-01 }'));
    const { problems, warnings } = checkContent({ root: dir, contentDir: dir });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      { file: 'reports/ru/fixture-lakeside-report.mdx', id: 'ru/fixture-lakeside-report', follows: '2026-11-01', english: '2026-11-03' },
    ]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('a claim attributed in Russian', () => {
  const sources = new Map([
    ['s1', { outlet: 'Insider' }],
    ['s2', { outlet: 'KTVZ (CNN wire)' }],
  ] as Array<[string, Source]>);
  const entities = new Map([
    [
      'yulia',
      {
        data: {
          name: 'Yulia',
          names: [
            { name: 'Yuliya', script: 'latin', language: 'en', wrong: false },
            { name: 'Юлия', script: 'cyrillic', language: 'ru', wrong: false },
          ],
        },
      },
    ],
  ]) as ReadonlyMap<string, { data: Pick<Entity, 'name' | 'names'> }>;
  it('names the claimant by its Russian name, marks a changed name, and says where it was reported', () => {
    const claim = { claimant: { name: 'Yulia', identification: 'changed-name', entity: 'yulia' }, sources: [{ id: 's1' }, { id: 's2' }] } as Pick<
      Claim,
      'claimant' | 'sources'
    >;
    expect(claimAttributionRu(claim, sources, entities)).toBe('«Юлия» (имя изменено), по данным Insider, KTVZ (CNN wire)');
  });
  it('keeps a name that has no Russian form, and names an outlet once when it is the claimant', () => {
    const claim = { claimant: { name: 'Insider', identification: 'institution' }, sources: [{ id: 's1' }] } as Pick<Claim, 'claimant' | 'sources'>;
    expect(claimAttributionRu(claim, sources, entities)).toBe('Insider');
  });
});

describe('the English catalogue and the verification vocabulary', () => {
  it('words every status, claimant kind and source kind as src/lib/text/labels.ts does', () => {
    for (const s of STATUS_LIST) {
      expect(t('en', `status.${s.id}.label`)).toBe(s.label);
      expect(t('en', `status.${s.id}.definition`)).toBe(s.definition);
      expect(t('en', `status.${s.id}.explanation`)).toBe(s.explanation);
    }
    for (const k of CLAIMANT_KIND_LIST) {
      expect(t('en', `claimantKind.${k.id}.label`)).toBe(k.label);
      expect(t('en', `claimantKind.${k.id}.definition`)).toBe(k.definition);
      expect(t('en', `claimantKind.${k.id}.why`)).toBe(k.why);
    }
    for (const kind of SOURCE_KINDS) expect(t('en', `sourceKind.${kind}`)).toBe(sourceKindLabel(kind));
  });
});
