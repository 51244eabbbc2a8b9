/**
 * The Russian edition of the built fixture site: every page kind at /ru/ (under any base) in
 * Russian, linked to its English counterpart and back, the translated report, the Russian feed,
 * the sitemap's alternates, one search index per language; and a catalogue missing a key stops
 * the build.
 */
import { describe, expect, inject, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { page } from '../support/html.ts';
import { OUTPUT, ROOT, SUBPATH } from '../support/paths.ts';
import { run } from '../../scripts/support/astro-run.ts';

const ORIGIN = 'https://colony.example';
const builds = [
  ['domain root', () => inject('rootDist'), '/'],
  ['subpath', () => inject('subpathDist'), SUBPATH],
] as const;

// One page of every kind, by its path without the base, from tests/fixtures/site.
const PAGE_KINDS = [
  '',
  'reports/',
  'reports/fixture-lakeside-report/',
  'claims/',
  'claims/fixture-wardens-offered-pardon/',
  'claims/status/corroborated/',
  'sources/',
  'sources/fixture-original/',
  'entities/',
  'entities/ilsabet-granmoor/',
  'findings/fixture-copy-drops-dateline/',
  'figures/',
  'timeline/',
  'methodology/',
  'search/',
  'about/',
  'data/',
];

const htmlLang = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];
const alternate = (html: string, lang: string) => new RegExp(`<link rel="alternate" hreflang="${lang}" href="([^"]+)"`).exec(html)?.[1];
const switchHref = (html: string) => /<a href="([^"]+)"[^>]*data-language-switch/.exec(html)?.[1];
const text = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

describe.each(builds)('the Russian edition at the %s', (_, distOf, base) => {
  it.each(PAGE_KINDS)('serves /ru/%s in Russian, with hreflang alternates and a switch to the English page', (path) => {
    const ru = page(distOf(), `ru/${path}`);
    const en = page(distOf(), path || '/');
    expect(htmlLang(ru)).toBe('ru');
    expect(htmlLang(en)).toBe('en');
    for (const html of [ru, en]) {
      expect(alternate(html, 'en')).toBe(`${ORIGIN}${base}${path}`);
      expect(alternate(html, 'ru')).toBe(`${ORIGIN}${base}ru/${path}`);
      expect(alternate(html, 'x-default')).toBe(`${ORIGIN}${base}${path}`);
    }
    expect(switchHref(ru)).toBe(`${base}${path}`);
    expect(switchHref(en)).toBe(`${base}ru/${path}`);
    // The interface is Russian: the navigation's words, from src/lib/i18n/ru.ts.
    expect(text(ru)).toContain('Материалы Утверждения Источники Люди и места Хроника Цифры Методология');
    expect(ru).toMatch(/<link rel="canonical" href="[^"]*\/ru\//);
  });

  it('links a Russian page to Russian pages, and leaves files where they are', () => {
    const html = page(distOf(), 'ru/reports/fixture-lakeside-report/');
    expect(html).toContain(`href="${base}ru/claims/fixture-wardens-offered-pardon/"`);
    expect(html).not.toContain(`href="${base}claims/fixture-wardens-offered-pardon/"`);
    expect(page(distOf(), 'ru/claims/')).toContain(`href="${base}data/claims.json"`);
  });

  it('words the reader furniture in Russian: the home page, a report’s furniture and the footer', () => {
    const home = text(page(distOf(), 'ru/'));
    expect(home).toContain('Что говорят цифры');
    expect(home).toContain('С чего начать');
    expect(home).toContain('Последние исправления');
    const report = text(page(distOf(), 'ru/reports/fixture-lakeside-report/'));
    expect(report).toContain('Что мы выяснили');
    expect(report).toContain('Ссылка для цитирования, готовая к копированию');
    expect(report).not.toContain('What we found');
    // The open-data page is each edition's own; its files are not.
    expect(page(distOf(), 'ru/')).toContain(`href="${base}ru/data/"`);
    expect(page(distOf(), 'ru/data/')).not.toContain('data-file-sums-placeholder');
  });

  it('words the about page in Russian, with no English-only note', () => {
    const html = page(distOf(), 'ru/about/');
    const about = text(html);
    expect(html).toContain('<h1>О проекте, сообщения и исправления</h1>');
    expect(about).toContain('Кто издаёт проект');
    expect(about).toContain('«Из колонии на фронт» — фактчекинговый проект.');
    expect(about).toContain('Материалы подписывает не отдельный автор, а редакция «Из колонии на фронт»');
    expect(about).toContain('Как прислать сообщение или исправление');
    expect(about).toContain('Если то, что вы знаете, может подвергнуть опасности вас или кого-то ещё');
    expect(about).toContain('Последние исправления перечислены на главной странице');
    expect(html).toContain(`<a href="${base}ru/methodology/">нашей методологии</a>`);
    expect(html).toContain(`<a href="${base}ru/methodology/#names">«Анонимные люди и изменённые имена»</a>`);
    expect(html).toContain('<article class="wrap prose about-page">');
    expect(about).not.toContain('Who publishes it');
    expect(about).not.toContain('только на английском');
  });

  it('words the open-data page in Russian, the column descriptions left in English and marked so', () => {
    const html = page(distOf(), 'ru/data/');
    const data = text(html);
    expect(html).toContain('<article class="wrap data-page">');
    expect(html).toContain('<h1>Открытые данные</h1>');
    expect(data).toContain('Файлы, размеры и контрольные суммы');
    expect(data).toContain('Все файлы открытых данных');
    expect(data).toContain('Данные публикуются по лицензии Creative Commons «Атрибуция» 4.0 Международная (CC BY 4.0)');
    expect(data).toContain('Люди, организации и места');
    expect(data).toMatch(
      /Как цитировать: Из колонии на фронт \(\d{4}\)\. Утверждения \[Набор данных, версия схемы 2\]\. CC BY 4\.0\. https:\/\/colony\.example\/[^ ]*data\/claims\.json/,
    );
    expect(data).toContain('Столбцы набора «Утверждения»');
    expect(data).toContain('Версия 2');
    expect(data).toMatch(/\d+ байт/);
    expect(html).toMatch(/<dd lang="en">/);
    expect(data).not.toContain('Cite as');
    expect(data).not.toContain('только на английском');
    // The files stay where they are: one set for both editions.
    expect(html).toContain(`href="${base}data/claims.json"`);
  });

  it('words a collation in Russian, leaving the desk’s reasons in English and marked so', () => {
    const html = page(distOf(), 'ru/sources/fixture-copy/');
    const source = text(html);
    expect(source).toContain('Сверка с оригиналом');
    expect(source).toContain('Между текстами 3 варианта: 1 искажение, 2 нейтральных (формулировка, орфография, издержки перевода);');
    expect(source).toContain('Обозначения: искажение , нейтральный вариант ;');
    expect(source).toContain('Все варианты и их оценки');
    expect(source).toContain('Искажение · замена · затрагивает число, оговорку («вероятно», «до»)');
    expect(source).toContain('Оригинал (предложение 2, слова');
    expect(source).toContain('Нейтральный · пропуск');
    expect(html).toMatch(/<p lang="en"[^>]*>A ceiling of nineteen becomes about ninety\.<\/p>/);
    expect(source).not.toContain('Every variant, judged');
    expect(source).not.toContain('Collation with its original');
    const report = text(page(distOf(), 'ru/reports/fixture-lakeside-report/'));
    expect(report).toContain('Копии рядом с оригиналами');
    expect(report).toContain('Между текстами 3 варианта: 1 искажение, 2 нейтральных');
    expect(report).not.toContain('Copies laid beside their originals');
  });

  it('shows the translated report, says which English version it follows, and places the same claims', () => {
    const ru = page(distOf(), 'ru/reports/fixture-lakeside-report/');
    const en = page(distOf(), 'reports/fixture-lakeside-report/');
    expect(ru).toContain('<h1>Добровольцы покидают колонию у озера</h1>');
    expect(text(ru)).toContain('надзиратели обещали помилование через полгода');
    expect(ru).toContain('data-translation-state="current"');
    expect(text(ru)).toContain('Это перевод английской версии материала от 3 ноября 2026 г.');
    const placed = (html: string) => [...html.matchAll(/<span id="(claim-[^"]+)" data-pagefind-ignore><\/span><span class="claim-text">/g)].map((m) => m[1]);
    expect(placed(ru)).toEqual(['claim-fixture-wardens-offered-pardon', 'claim-fixture-marmalade-quota', 'claim-fixture-copy-says-ninety']);
    expect(placed(ru)).toEqual(placed(en));
  });

  it('shows an untranslated report in English, marked so, and lists it with an English note', () => {
    const ru = page(distOf(), 'ru/reports/fixture-second-report/');
    expect(ru).toContain('data-translation-state="untranslated"');
    expect(ru).toContain('<div class="prose" lang="en">');
    expect(text(ru)).toContain('The heron count at the lakeside is a distinctive phrase');
    const list = page(distOf(), 'ru/reports/');
    expect(list).toMatch(/<a href="[^"]*ru\/reports\/fixture-second-report\/" lang="en">/);
    expect(text(list)).toContain('(по-английски)');
  });

  it('gives a claim its Russian statement where it has one, and marks the English where it has not', () => {
    const translated = page(distOf(), 'ru/claims/fixture-wardens-offered-pardon/');
    expect(translated).toMatch(/<h1>\s*Надзиратели колонии у озера предложили помилование после шести месяцев службы\.\s*<\/h1>/);
    expect(text(translated)).toContain('Два независимых издания сообщают об одних и тех же условиях');
    // The source quotation stays in English, the language it was published in.
    expect(translated).toContain('<blockquote lang="en">');
    const untranslated = page(distOf(), 'ru/claims/fixture-marmalade-quota/');
    expect(untranslated).toMatch(/<h1 lang="en">/);
    expect(text(untranslated)).toContain('(по-английски)');
  });

  it('words a translated figure wholly in Russian, and keeps an untranslated one wholly in English, marked so', () => {
    // fixture-herald-estimate-2024 has ru.unit and ru.method; fixture-ministry-recruited-2023 has no Russian.
    const claim = text(page(distOf(), 'ru/claims/fixture-herald-estimate-2024/'));
    expect(claim).toContain(
      'не менее 2 000 заключённых (подсчёт, по состоянию на февраль 2024 г.). Методика: Указы о помиловании, сверенные с судебными записями',
    );
    expect(page(distOf(), 'ru/claims/fixture-ministry-recruited-2023/')).toMatch(/<span lang="en">1,200 prisoners \(self-reported, as of June 2023\)/);
    const home = page(distOf(), 'ru/');
    expect(text(home)).toContain('Fixture Herald, на февраль 2024 г.');
    expect(home).toMatch(/<span class="headline-number" lang="en">\s*1,200 prisoners\s*<\/span>/);
    const figures = text(page(distOf(), 'ru/figures/'));
    expect(figures).toContain('Нарастающим итогом на февраль 2024 г. Заключённые не менее 2 000 заключённых');
    expect(figures).toContain('Завербовано заключённых: цифры во времени, по тому, кто их назвал');
    expect(figures).not.toMatch(/\bas of\b[^)]*\d{4} г\./);
    expect(text(page(distOf(), 'ru/entities/ilsabet-granmoor/'))).not.toContain('Prisoners recruited');
  });

  it('names the languages and scripts of an entity’s spellings in Russian', () => {
    const names = text(page(distOf(), 'ru/entities/ilsabet-granmoor/'));
    expect(names).toContain('Кириллица');
    expect(names).toContain('Русский');
    expect(names).not.toMatch(/\b(?:Cyrillic|Latin)\b/);
  });

  it('sends an old address on in Russian, to the Russian page, with the record’s Russian title', () => {
    const html = page(distOf(), 'ru/claims/fixture-wardens-promised-pardon/');
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${base}ru/claims/fixture-wardens-offered-pardon/">`);
    expect(html).toMatch(/<h1>\s*У этого утверждения новый адрес\s*<\/h1>/);
    expect(html).toContain(
      `<a href="${base}ru/claims/fixture-wardens-offered-pardon/">Надзиратели колонии у озера предложили помилование после шести месяцев службы.</a>`,
    );
    expect(text(html)).toContain('Все изменившиеся адреса перечислены на странице методологии.');
  });

  it('words the sources page’s copy tree in Russian', () => {
    const html = text(page(distOf(), 'ru/sources/'));
    expect(html).toContain('Что откуда скопировано');
    expect(html).not.toContain('What was copied from what');
    expect(html).toContain('Оригинальный материал');
  });

  it('lists claims in Russian on pages whose cards are made once for both languages', () => {
    // The status pages build their cards in getStaticPaths, outside any language.
    const html = page(distOf(), 'ru/claims/status/corroborated/');
    expect(html).toContain('>Надзиратели колонии у озера предложили помилование после шести месяцев службы.</a>');
    expect(text(html)).toContain('Кто говорит: an inmate of the lakeside colony (анонимно)');
    expect(html).toContain(`<a href="${base}ru/claims/fixture-wardens-offered-pardon/">`);
    expect(text(html)).toContain('10 августа 2022 г.');
    expect(text(html)).toContain('Все утверждения 16');
    expect(text(page(distOf(), 'ru/claims/'))).toMatch(/\d+ утверждени(?:е|я|й): у каждого/);
  });

  it('prints statuses, dates and numbers in Russian', () => {
    const ru = page(distOf(), 'ru/reports/fixture-lakeside-report/');
    expect(text(ru)).toContain('Подкреплено');
    expect(text(ru)).toContain('1 ноября 2026 г.');
    expect(text(page(distOf(), 'ru/'))).toMatch(/\d+ материал(?:а|ов)? · /);
  });

  it('has a Russian feed, with Russian titles and links under /ru/', () => {
    const rss = readFileSync(join(distOf(), 'ru/rss.xml'), 'utf8');
    expect(rss).toContain('<title>Из колонии на фронт</title>');
    expect(rss).toContain('<language>ru</language>');
    expect(rss).toContain('<title>Добровольцы покидают колонию у озера</title>');
    expect(rss).toContain(`<link>${ORIGIN}${base}ru/reports/fixture-lakeside-report/</link>`);
    expect(page(distOf(), 'ru/')).toContain(`type="application/rss+xml" title="Из колонии на фронт: материалы" href="${base}ru/rss.xml"`);
  });

  it('lists each page in the sitemap with its English and Russian alternates', () => {
    const dist = distOf();
    const xml = readdirSync(dist)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('');
    const entry = (loc: string) => new RegExp(`<url><loc>${loc.replaceAll('.', '\\.')}</loc>(.*?)</url>`).exec(xml)?.[1] ?? '';
    for (const path of ['claims/fixture-wardens-offered-pardon/', 'reports/fixture-lakeside-report/', '']) {
      for (const loc of [`${ORIGIN}${base}${path}`, `${ORIGIN}${base}ru/${path}`]) {
        expect(entry(loc)).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${ORIGIN}${base}${path}"/>`);
        expect(entry(loc)).toContain(`<xhtml:link rel="alternate" hreflang="ru" href="${ORIGIN}${base}ru/${path}"/>`);
      }
    }
  });

  it('builds one search index per language', () => {
    const entry = JSON.parse(readFileSync(join(distOf(), 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'ru']);
    expect(entry.languages.ru!.page_count).toBe(entry.languages.en!.page_count);
  });

  it('publishes the open data labels in both languages', () => {
    const labels = JSON.parse(readFileSync(join(distOf(), 'data/labels.json'), 'utf8')) as { status: Record<string, { en: string; ru: string }> };
    expect(labels.status.corroborated).toEqual({ en: 'Corroborated', ru: 'Подкреплено' });
  });
});

describe('the interface catalogues at build', () => {
  it('stop the build, naming the file and key, when the Russian catalogue lacks a key', async () => {
    // The project's own config, with the guard given a Russian catalogue that lost one key.
    const dir = join(OUTPUT, 'i18n-missing-key');
    mkdirSync(dir, { recursive: true });
    const config = join(dir, 'astro.config.mjs');
    writeFileSync(
      config,
      [
        `import config from ${JSON.stringify(join(ROOT, 'astro.config.mjs'))};`,
        `import i18nGuard from ${JSON.stringify(join(ROOT, 'src/integrations/i18n-guard.ts'))};`,
        `import { en } from ${JSON.stringify(join(ROOT, 'src/lib/i18n/en.ts'))};`,
        `import { ru } from ${JSON.stringify(join(ROOT, 'src/lib/i18n/ru.ts'))};`,
        `const { 'nav.timeline': _dropped, ...broken } = ru;`,
        `export default { ...config, integrations: [i18nGuard({ catalogues: { en, ru: broken } }), ...config.integrations] };`,
      ].join('\n'),
    );
    // Astro joins --config to the project root: it takes a relative path.
    const result = await run([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', relative(ROOT, config)], {
      OUT_DIR: join(dir, 'dist'),
      ASTRO_CACHE_DIR: join(dir, 'cache'),
      CONTENT_DIR: join(ROOT, 'tests/fixtures/site'),
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('src/lib/i18n/ru.ts  "nav.timeline"  missing');
  });
});
