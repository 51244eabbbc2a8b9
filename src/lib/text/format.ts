/** Formatting for readers: dates at their own precision, figures, reading time. */
import { parsePartialDate } from '../../schema/fields.ts';
import { dateText } from './dates.ts';
import { currentLocale } from './locales.ts';
import { formatNumberIn } from './intl-format.ts';

/** "17 June 2024", "June 2024" or "2024": never more precise than what was recorded. */
export function formatDate(value: string): string {
  if (value === 'undated') return currentLocale() === 'ru' ? 'без даты' : 'undated';
  const d = parsePartialDate(value);
  if (!d) return value;
  return dateText(d.year, d.month, d.day);
}

/** "1,234", or "1 234" while a Russian page renders. */
export function formatNumber(n: number): string {
  return formatNumberIn(currentLocale(), n);
}

export function formatFigure(f: {
  value?: number | undefined;
  low?: number | undefined;
  high?: number | undefined;
  atLeast?: boolean | undefined;
  unit: string;
}): string {
  const amount = f.value !== undefined ? formatNumber(f.value) : `${formatNumber(f.low ?? 0)}–${formatNumber(f.high ?? 0)}`;
  return `${f.atLeast ? 'at least ' : ''}${amount} ${f.unit}`;
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
