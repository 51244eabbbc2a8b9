/**
 * Dates and numbers for readers, by language, through Intl. No catalogue imports: the search
 * page's script shows result dates with it.
 */
import { LOCALE_TAGS, type Locale } from './locales.ts';

/** "1,234" in English, "1 234" in Russian. */
export function formatNumberIn(locale: Locale, n: number): string {
  return n.toLocaleString(locale === 'en' ? 'en-GB' : LOCALE_TAGS[locale]);
}

const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = DATE_FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : LOCALE_TAGS[locale], { ...options, timeZone: 'UTC' });
    DATE_FORMATS.set(key, format);
  }
  return format;
}

/**
 * A date at the precision it was recorded: "17 June 2024", "June 2024", "2024"; in Russian
 * "17 июня 2024 г.", "июнь 2024 г.", "2024".
 */
export function formatDateIn(locale: Locale, year: number, month?: number, day?: number): string {
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  if (day === undefined) return dateFormat(locale, { month: 'long', year: 'numeric' }).format(date);
  return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}
