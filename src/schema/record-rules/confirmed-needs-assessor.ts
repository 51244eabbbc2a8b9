import type { ClaimFields } from './claim-fields.ts';
import type { RecordRule } from './rule.ts';

export const confirmedNeedsAssessor: RecordRule<ClaimFields> = {
  id: 'confirmed-needs-assessor',
  statement: 'A "confirmed" claim says whose verification it rests on (assessedBy).',
  fixture: 'confirmed-without-assessor',
  check: (c) =>
    c.status === 'confirmed' && !c.assessedBy
      ? [{ path: ['assessedBy'], at: ['status'], message: 'expected assessedBy for a "confirmed" claim: say whose verification it rests on, found nothing' }]
      : [],
};
