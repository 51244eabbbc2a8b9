import type { RecordRule } from './rule.ts';

export const pseudonymNeedsNote: RecordRule<{ pseudonym: boolean; pseudonymNote?: string | undefined }> = {
  id: 'pseudonym-needs-note',
  statement: 'A pseudonym entity says who gave the name and why (pseudonymNote).',
  fixture: 'pseudonym-without-note',
  check: (e) =>
    e.pseudonym && !e.pseudonymNote
      ? [{ path: ['pseudonymNote'], message: 'expected pseudonymNote for a pseudonym: say who changed the name (e.g. "name changed by CNN")' }]
      : [],
};
