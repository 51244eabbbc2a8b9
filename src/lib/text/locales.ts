/**
 * The site's languages and where each lives: English at the root, every other language under
 * its own prefix (/ru/), whatever the base path. Pure and safe for browser code: the search page
 * uses it too.
 */
export const LOCALES = ['en', 'ru'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** BCP 47 tags for <html lang>, hreflang and Intl. */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en', ru: 'ru' };

/** Open Graph's locale form. */
export const OG_LOCALES: Record<Locale, string> = { en: 'en_GB', ru: 'ru_RU' };

/** The language's name in itself, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский' };

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A value Astro gives (Astro.currentLocale may be undefined outside i18n routes) as one of ours. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

const PREFIXED = /^\/(ru)(?=\/|$)/;

/** The language a site path (without the base) belongs to: "/ru/claims/" → "ru". */
export function localeOfPath(path: string): Locale {
  const m = PREFIXED.exec(path);
  return m ? toLocale(m[1]) : DEFAULT_LOCALE;
}

/** A site path without its language prefix: "/ru/claims/" → "/claims/", "/ru" → "/". */
export function unlocalisedPath(path: string): string {
  return path.replace(PREFIXED, '') || '/';
}

/** A site path (without the base) in one language: "/claims/" → "/ru/claims/" for Russian. */
export function localisedPath(locale: Locale, path: string): string {
  const bare = unlocalisedPath(path.startsWith('/') ? path : `/${path}`);
  return locale === DEFAULT_LOCALE ? bare : `/${locale}${bare}`;
}

/**
 * Where the language of the page being rendered is read: render-locale.ts sets the hook during a
 * build; in the browser and in scripts nothing does, and the language is English.
 */
export const RENDER_LOCALE_HOOK = Symbol.for('colony.renderLocale');

/** The language of the page being rendered, or English outside a render. */
export function currentLocale(): Locale {
  return toLocale((globalThis as Record<symbol, (() => string | undefined) | undefined>)[RENDER_LOCALE_HOOK]?.());
}
