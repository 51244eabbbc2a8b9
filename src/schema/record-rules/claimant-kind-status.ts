import { CLAIMANT_KINDS } from '../status.ts';
import type { ClaimFields } from './claim-fields.ts';
import type { RecordRule } from './rule.ts';

export const claimantKindStatus: RecordRule<ClaimFields> = {
  id: 'claimant-kind-status',
  statement:
    'A claim takes only the statuses its claimant’s kind allows (the table of claimant kinds): an interested party’s word is "claimed", anyone else’s "reported"; the project makes findings, not claims.',
  fixture: 'claimed-by-outlet',
  check: (c) => {
    const kind = CLAIMANT_KINDS[c.claimant.kind];
    if (kind.statuses.includes(c.status)) return [];
    return [
      {
        path: ['status'],
        message: kind.statuses.length
          ? `expected one of ${kind.statuses.join(', ')} for a claim by a claimant of kind "${kind.id}", found "${c.status}"`
          : `expected no claim by "${kind.id}", found one with status "${c.status}": the project's own observations are findings (content/findings)`,
        hint: kind.why,
      },
    ];
  },
};
