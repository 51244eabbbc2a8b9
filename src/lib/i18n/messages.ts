/**
 * t(locale, key): the interface's words in a language. Pure; the catalogues are en.ts and ru.ts,
 * held to the same keys by check.ts.
 */
import { en, type MessageKey } from './en.ts';
import { ru } from './ru.ts';
import { LOCALE_TAGS, type Locale } from '../text/locales.ts';
import { formatNumberIn } from '../text/intl-format.ts';

export type { MessageKey };

export type Catalogue = Readonly<Record<string, string>>;

export const CATALOGUES: Record<Locale, Catalogue> = { en, ru };

function fill(template: string, params: Record<string, string | number>): string {
  // Most messages have no parameter, and t() runs dozens of times a page.
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The words for `key` in `locale`, with {name} parameters filled in. */
export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = CATALOGUES[locale][key];
  if (template === undefined) throw new Error(`no "${key}" in the ${locale} catalogue`);
  return fill(template, params);
}

/** Plural categories in the order a catalogue writes a plural's forms ("one|few|many|other"). */
const CATEGORY_ORDER: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

const PLURALS = new Map<Locale, { rules: Intl.PluralRules; categories: Intl.LDMLPluralRule[] }>();

/** A language's plural rules and the categories it has, made once: an Intl object is costly to make. */
function plurals(locale: Locale) {
  let entry = PLURALS.get(locale);
  if (!entry) {
    const rules = new Intl.PluralRules(LOCALE_TAGS[locale]);
    entry = { rules, categories: CATEGORY_ORDER.filter((c) => rules.resolvedOptions().pluralCategories.includes(c)) };
    PLURALS.set(locale, entry);
  }
  return entry;
}

/** A plural message ("{n} report|{n} reports") for the count n, the number formatted for the language. */
export function tn(locale: Locale, key: MessageKey, n: number): string {
  const { rules, categories } = plurals(locale);
  const forms = t(locale, key).split('|');
  const form = forms[categories.indexOf(rules.select(n))] ?? forms[forms.length - 1] ?? '';
  return fill(form, { n: formatNumberIn(locale, n) });
}
