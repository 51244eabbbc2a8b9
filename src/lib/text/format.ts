/** Formatting for readers: dates at their own precision, figures, reading time. */
import { parsePartialDate } from '../../schema/fields.ts';
import { currentLocale, type Locale } from './locales.ts';
import { formatDateIn, formatNumberIn } from './intl-format.ts';

/** "17 June 2024", "June 2024" or "2024": never more precise than what was recorded; in the page's language unless told. */
export function formatDate(value: string, locale: Locale = currentLocale()): string {
  if (value === 'undated') return locale === 'ru' ? 'без даты' : 'undated';
  const d = parsePartialDate(value);
  if (!d) return value;
  return formatDateIn(locale, d.year, d.month, d.day);
}

/** "1,234", or "1 234" while a Russian page renders. */
export function formatNumber(n: number): string {
  return formatNumberIn(currentLocale(), n);
}

/** Minutes at 230 words a minute, at least one. */
export function readingMinutes(text: string): number {
  const words = text
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
