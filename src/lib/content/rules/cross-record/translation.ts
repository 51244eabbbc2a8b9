import type { Problem } from '../../problem.ts';
import type { ContentRule } from './context.ts';

/** "ru/andrei" → { language: "ru", of: "andrei" }; an English report's id has no language. */
export function translationId(id: string): { language: string; of: string } | null {
  const at = id.indexOf('/');
  return at < 0 ? null : { language: id.slice(0, at), of: id.slice(at + 1) };
}

export const translation: ContentRule = {
  id: 'translation',
  statement:
    'A translated report (content/reports/ru/<id>.mdx) has the file name of the English report it translates and says which version of it it follows (translationOf: id and the English updated date); an English report has no translationOf.',
  fixture: 'translation-of-missing-report',
  check({ content, ids }) {
    const problems: Problem[] = [];
    for (const r of content.reports) {
      const t = translationId(r.id);
      const of = r.data.translationOf;
      const at = (field: Array<string | number>) => ({ file: r.file, line: r.lineOf(field), field: field.join('.'), rule: 'translation' });
      if (!t) {
        if (of) problems.push({ ...at(['translationOf']), message: 'expected translationOf only in a translation (content/reports/<language>/<id>.mdx), found it in an English report' });
        continue;
      }
      if (!of) {
        problems.push({
          ...at([]),
          field: 'translationOf',
          message: `expected translationOf: { id: ${t.of}, updated: <the English report's updated date> }, found none: without it nobody can tell when the translation falls behind`,
        });
      } else if (of.id !== t.of) {
        problems.push({ ...at(['translationOf', 'id']), message: `expected translationOf.id to be "${t.of}", the file's name, found "${of.id}"` });
      } else if (!ids.reports.has(t.of)) {
        problems.push({ ...at(['translationOf', 'id']), message: `expected an English report "${t.of}" (content/reports/${t.of}.mdx) for this translation, found none` });
      }
    }
    return problems;
  },
};

export interface StaleTranslation {
  file: string;
  id: string;
  /** The English version the translation follows. */
  follows: string;
  /** The English report's date now. */
  english: string;
}

type ReportDates = { id: string; file: string; data: { published: string; updated?: string | undefined; translationOf?: { id: string; updated: string } | undefined } };

/** Translations that follow an older version of their English report than the current one: warnings, not errors. */
export function staleTranslations(reports: readonly ReportDates[]): StaleTranslation[] {
  const english = new Map(reports.filter((r) => !translationId(r.id)).map((r) => [r.id, r.data.updated ?? r.data.published]));
  return reports.flatMap((r) => {
    const of = r.data.translationOf;
    const current = of && english.get(of.id);
    return of && current && current > of.updated ? [{ file: r.file, id: r.id, follows: of.updated, english: current }] : [];
  });
}
