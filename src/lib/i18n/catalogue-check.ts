/**
 * The catalogues are held to one set of keys: a key missing in one language would print a raw
 * key (or English) on that language's pages; an extra key is a typo or a leftover. The build
 * runs this before anything else (src/integrations/i18n-guard.ts); so does a unit test.
 */
import type { Catalogue } from './messages.ts';

export interface CatalogueProblem {
  locale: string;
  key: string;
  problem: 'missing' | 'extra' | 'empty' | 'plural';
}

/** Every key the reference catalogue has that another lacks, every key it has that the reference does not, and empty values. */
export function catalogueProblems(
  reference: { locale: string; messages: Catalogue },
  others: ReadonlyArray<{ locale: string; messages: Catalogue }>,
): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const referenceKeys = Object.keys(reference.messages);
  for (const [key, value] of Object.entries(reference.messages)) {
    if (!value.trim()) problems.push({ locale: reference.locale, key, problem: 'empty' });
  }
  for (const other of others) {
    const keys = new Set(Object.keys(other.messages));
    for (const key of referenceKeys) {
      if (!keys.has(key)) problems.push({ locale: other.locale, key, problem: 'missing' });
      else if (!other.messages[key]!.trim()) problems.push({ locale: other.locale, key, problem: 'empty' });
      else if (reference.messages[key]!.includes('|') !== other.messages[key]!.includes('|')) problems.push({ locale: other.locale, key, problem: 'plural' });
    }
    for (const key of keys) {
      if (!(key in reference.messages)) problems.push({ locale: other.locale, key, problem: 'extra' });
    }
  }
  return problems;
}

const WHAT: Record<CatalogueProblem['problem'], string> = {
  missing: 'missing: every language needs every key',
  extra: 'extra: the English catalogue has no such key',
  empty: 'empty',
  plural: 'a plural ("a|b") in one language and not in the other',
};

/** One line per problem, naming the catalogue file and the key. */
export function describeCatalogueProblems(problems: readonly CatalogueProblem[]): string {
  return problems.map((p) => `src/lib/i18n/${p.locale}.ts  "${p.key}"  ${WHAT[p.problem]}`).join('\n');
}
