import type { ClaimFields } from './claim-fields.ts';
import type { RecordRule } from './rule.ts';

export const supersededNeedsSuccessor: RecordRule<ClaimFields> = {
  id: 'superseded-needs-successor',
  statement: 'A "superseded" claim names the claim whose later fact overtook it (supersededBy).',
  fixture: 'superseded-without-successor',
  check: (c) =>
    c.status === 'superseded' && !c.supersededBy
      ? [
          {
            path: ['supersededBy'],
            at: ['status'],
            message: 'expected supersededBy for a "superseded" claim: the id of the claim that replaced it, found nothing',
          },
        ]
      : [],
};
