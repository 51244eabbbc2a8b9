/**
 * The one base-aware URL helper. Every internal link goes through it so the site works at a
 * domain root and under any subpath (BASE_PATH), with the trailing slash Astro expects.
 */
import { currentLocale, DEFAULT_LOCALE, localisedPath, type Locale } from '../text/locales.ts';

/** Joins a base ("/" or "/sub/") and a site path ("/claims/x/"), keeping query and hash. */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.replace(/^\/+/, '');
  return `${b}${p}`;
}

/** Adds the trailing slash to a page path (not to files such as /data/claims.json). */
export function pagePath(path: string): string {
  const [pathname = '', rest = ''] = path.split(/(?=[?#])/, 2);
  if (pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(pathname)) return path;
  return `${pathname}/${rest}`;
}

/**
 * The configured base, read once: in a build, Vite replaces `import.meta.env` here with an object
 * literal that was rebuilt on every call (a measurable share of rendering 23,000 pages).
 * Outside Vite (astro.config.mjs, scripts) there is no env, and the base is the root.
 */
const BASE = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

/** The path in a language: pages get its prefix ("/ru/claims/"), files do not. */
function inLanguage(locale: Locale, path: string): string {
  // The files under /data/ are files; /data/ itself is the open-data page, which each edition has.
  if (locale === DEFAULT_LOCALE || /^\/(?:pagefind\/|_astro\/|data\/[^?#])/.test(path) || /\.[a-z0-9]+(?:[?#]|$)/i.test(path.split(/[?#]/, 1)[0] ?? ''))
    return path;
  return localisedPath(locale, path);
}

/**
 * A root-relative URL for a page or file of this site, under the configured base. While a
 * Russian page renders, a page's URL is its Russian counterpart's (files stay where they are).
 */
export function url(path: string): string {
  return joinBase(BASE, pagePath(inLanguage(currentLocale(), path)));
}

/** A URL in a given language, whatever is being rendered: the language switch, hreflang, feeds. */
export function urlIn(locale: Locale, path: string): string {
  return joinBase(BASE, pagePath(localisedPath(locale, path)));
}

/** The site path of a URL of this site: the base taken off ("/investigations/ru/claims/" → "/ru/claims/"). */
export function sitePath(pathname: string): string {
  const b = BASE.endsWith('/') ? BASE : `${BASE}/`;
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
}

/**
 * A root-relative URL for a file of this site whose name has no extension (data/SHA256SUMS,
 * the name sha256sum expects): pagePath would take it for a page and add a slash.
 */
export function fileUrl(path: string): string {
  return joinBase(BASE, path);
}

/** An absolute URL (canonical links, feeds, open data), given the site origin. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(url(path), site).href;
}
