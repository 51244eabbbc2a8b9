/**
 * A date as readers see it, at the precision it was recorded. No schema imports: the search
 * page's script shows result dates with it.
 */
import { currentLocale } from './locales.ts';
import { formatDateIn } from './intl-format.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "17 June 2024", "June 2024" or "2024": never more precise than what was recorded. */
export function dateText(year: number, month?: number, day?: number): string {
  // A Russian page's dates in Russian (the language of the page being rendered; English in the browser).
  const locale = currentLocale();
  if (locale !== 'en') return formatDateIn(locale, year, month, day);
  if (month === undefined) return String(year);
  if (day === undefined) return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}
