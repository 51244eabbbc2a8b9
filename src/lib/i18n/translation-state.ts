/** Where a translation stands against its English report: current, behind (the English changed since), or missing. */
import type { Report } from '../../schema/index.ts';

export type TranslationState = { state: 'current'; follows: string } | { state: 'behind'; follows: string; english: string } | { state: 'untranslated' };

export function translationState(english: Pick<Report, 'published' | 'updated'>, translation: Pick<Report, 'translationOf'> | undefined): TranslationState {
  const of = translation?.translationOf;
  if (!translation || !of) return { state: 'untranslated' };
  const current = english.updated ?? english.published;
  return current > of.updated ? { state: 'behind', follows: of.updated, english: current } : { state: 'current', follows: of.updated };
}
