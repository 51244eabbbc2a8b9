/**
 * The Russian edition's routes. Every English page file also serves its page under /ru/: the
 * same component, injected at the prefixed pattern (src/integrations/editions.ts), so Astro
 * renders it with currentLocale "ru" read from the route itself.
 *
 * Why not Astro's i18n fallback ("rewrite")? It builds each /ru/ page by rewriting to the
 * English route, and for a dynamic route that rewrite scans every file already built for the
 * route: at 24,000 pages a route, about 50 s of a four-minute build (docs/PERFORMANCE.md).
 */
import { DEFAULT_LOCALE, LOCALE_TAGS, LOCALES, localisedPath, unlocalisedPath, type Locale } from '../text/locales.ts';
import { joinBase } from './url.ts';

export interface EditionRoute {
  /** Astro's route pattern, e.g. "/ru/claims/[id]". */
  pattern: string;
  /** The page file it renders, relative to src/pages/, e.g. "claims/[id].astro". */
  entrypoint: string;
  locale: Locale;
}

/** A page file's route pattern, without prefix: "claims/[id].astro" → "/claims/[id]", "index.astro" → "/". */
export function pagePattern(file: string): string {
  const path = file
    .replace(/\\/g, '/')
    .replace(/\.astro$/, '')
    .replace(/(^|\/)index$/, '');
  return `/${path}`.replace(/\/$/, '') || '/';
}

/** Whether Astro builds a file under src/pages/ as a page: .astro, and no part of its path starting with "_". */
function isPageFile(file: string): boolean {
  return file.endsWith('.astro') && !file.split('/').some((part) => part.startsWith('_'));
}

/**
 * The routes every language but English adds: one per page file, at the language's prefix.
 * Files already under a language's folder (src/pages/ru/) are that language's own and are left out.
 */
export function editionRoutes(pageFiles: readonly string[]): EditionRoute[] {
  const others = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
  const files = pageFiles
    .map((f) => f.replace(/\\/g, '/'))
    .filter((f) => isPageFile(f) && !others.some((l) => f.startsWith(`${l}/`)))
    .sort();
  return others.flatMap((locale) =>
    files.map((entrypoint) => {
      const bare = pagePattern(entrypoint);
      return { pattern: bare === '/' ? `/${locale}` : `/${locale}${bare}`, entrypoint, locale };
    }),
  );
}

export interface AlternateLink {
  url: string;
  /** The hreflang: the language's tag. */
  lang: string;
}

/**
 * A page's addresses in every edition that has it, for the sitemap's hreflang alternates:
 * "https://x.example/sub/ru/claims/a/" → its English and Russian URLs, each only if `exists`
 * says the sitemap lists it. Reading the counterpart off the URL keeps the sitemap linear, where
 * comparing every page with every other (@astrojs/sitemap's i18n option) took 15 s at 48,000 pages.
 */
export function editionAlternates(pageUrl: string, base: string, exists: (url: string) => boolean): AlternateLink[] {
  const page = new URL(pageUrl);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!page.pathname.startsWith(prefix)) return [];
  const path = unlocalisedPath(`/${page.pathname.slice(prefix.length)}`);
  const links = LOCALES.map((l) => ({ url: new URL(joinBase(base, localisedPath(l, path)), page).href, lang: LOCALE_TAGS[l] })).filter((link) =>
    exists(link.url),
  );
  // One address alone is no alternate.
  return links.length > 1 ? links : [];
}
