import type { RecordRule } from './rule.ts';

export const changedNameNeedsNote: RecordRule<{ identification: string; identityNote?: string | undefined }> = {
  id: 'changed-name-needs-note',
  statement: 'A claimant whose name the reporting changed says who changed it (identityNote).',
  fixture: 'changed-name-without-note',
  check: (c) =>
    c.identification === 'changed-name' && !c.identityNote
      ? [{ path: ['identityNote'], message: 'expected identityNote for a changed name: say who changed it (e.g. "name changed by CNN")' }]
      : [],
};
