/**
 * Dates and numbers for readers, by language, through Intl. No catalogue imports: the search
 * page's script shows result dates with it.
 */
import { LOCALE_TAGS, type Locale } from './locales.ts';

const NUMBER_FORMATS = new Map<Locale, Intl.NumberFormat>();

/** "1,234" in English, "1 234" in Russian. The formatter is made once per language (toLocaleString makes one a call). */
export function formatNumberIn(locale: Locale, n: number): string {
  let format = NUMBER_FORMATS.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : LOCALE_TAGS[locale]);
    NUMBER_FORMATS.set(locale, format);
  }
  return format.format(n);
}

const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();
/** Dates written out, by language and date: a site has a few thousand distinct dates, each shown on many pages. */
const FORMATTED_DATES = new Map<string, string>();

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
  const key = `${locale} ${year} ${month} ${day}`;
  let text = FORMATTED_DATES.get(key);
  if (text === undefined) {
    const date = new Date(Date.UTC(year, month - 1, day ?? 1));
    text = (
      day === undefined ? dateFormat(locale, { month: 'long', year: 'numeric' }) : dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' })
    ).format(date);
    FORMATTED_DATES.set(key, text);
  }
  return text;
}
