import type { RecordRule } from './rule.ts';

export const wrongSpellingNeedsSource: RecordRule<{ wrong: boolean; source?: string | undefined }> = {
  id: 'wrong-spelling-needs-source',
  statement: 'A misspelling kept so search finds it (wrong: true) names the source it appears in.',
  fixture: 'entity-wrong-spelling-without-source',
  check: (n) => (n.wrong && !n.source ? [{ path: ['source'], message: 'expected source for a wrong spelling: the id of the source it appears in' }] : []),
};
