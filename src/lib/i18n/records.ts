/**
 * Records in the language of the page: a claim's or finding's `ru` text, a report's
 * translation, in place of the English, before the site index is built, so every page and view
 * model shows them without knowing about languages. Where there is no Russian, the English
 * stays and the record is listed as untranslated: pages mark that text lang="en" with a note.
 */
import type { Claim, Finding, Report } from '../../schema/index.ts';
import type { Locale } from '../text/locales.ts';

interface Entry<T> {
  id: string;
  data: T;
}
interface ReportInput extends Entry<Report> {
  body?: string | undefined;
}

/** What a record is, for the untranslated set: "claim:<id>", "finding:<id>", "report:<id>". */
export type RecordKey = `${'claim' | 'finding' | 'report'}:${string}`;

export interface LocalisedRecords<C extends Entry<Claim>, F extends Entry<Finding>, R extends ReportInput> {
  claims: C[];
  findings: F[];
  reports: R[];
  /** Records shown in English on this language's pages. */
  untranslated: Set<RecordKey>;
}

/** The claims, findings and reports as the pages of `locale` show them. Translations are keyed by the English id. */
export function localiseRecords<C extends Entry<Claim>, F extends Entry<Finding>, R extends ReportInput>(
  locale: Locale,
  input: { claims: C[]; findings: F[]; reports: R[] },
  translations: ReadonlyMap<string, ReportInput>,
): LocalisedRecords<C, F, R> {
  const untranslated = new Set<RecordKey>();
  if (locale === 'en') return { ...input, untranslated };
  const text = <T extends Claim | Finding>(kind: 'claim' | 'finding', e: Entry<T>): T => {
    const ru = e.data.ru;
    if (!ru?.statement) untranslated.add(`${kind}:${e.id}`);
    return { ...e.data, statement: ru?.statement ?? e.data.statement, basis: ru?.basis ?? e.data.basis };
  };
  // A figure's words (its unit and method) in the claim's Russian; figureLanguage() tells a view which language they are in.
  const figure = (c: Claim): Claim['figure'] => (c.figure && c.ru?.unit ? { ...c.figure, unit: c.ru.unit, method: c.ru.method ?? c.figure.method } : c.figure);
  return {
    claims: input.claims.map((c) => ({ ...c, data: { ...text('claim', c), figure: figure(c.data) } })),
    findings: input.findings.map((f) => ({ ...f, data: text('finding', f) })),
    reports: input.reports.map((r) => {
      const t = translations.get(r.id);
      if (!t) {
        untranslated.add(`report:${r.id}`);
        return r;
      }
      // The translation's words; the English report's dates, lists and corrections stay the record.
      const data: Report = {
        ...r.data,
        title: t.data.title,
        summary: t.data.summary,
        verification: { ...r.data.verification, basis: t.data.verification.basis },
      };
      return { ...r, data, body: t.body };
    }),
    untranslated,
  };
}

/** The language a claim's figure is worded in on `locale`'s pages: English where its unit has no translation. */
export function figureLanguage(locale: Locale, claim: Pick<Claim, 'ru'>): Locale {
  return locale === 'en' || claim.ru?.unit ? locale : 'en';
}
