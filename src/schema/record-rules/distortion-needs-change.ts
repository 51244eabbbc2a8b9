import type { ClaimFields } from './claim-fields.ts';
import type { RecordRule } from './rule.ts';

export const distortionNeedsChange: RecordRule<ClaimFields> = {
  id: 'distortion-needs-change',
  statement: 'A distortion (a claim with original wording) names the kind of change the copy made (change), and only a distortion names one.',
  fixture: 'distortion-without-change',
  check: (c) => {
    if ((c.original !== undefined) === (c.change !== undefined)) return [];
    return c.original === undefined
      ? [{ path: ['original'], at: ['change'], message: 'expected original (the wording the copy changed) beside change, found nothing' }]
      : [
          {
            path: ['change'],
            at: ['original'],
            message: 'expected change (softened, hardened, misattributed, mistranslated, added, omitted) for a distortion, found nothing',
          },
        ];
  },
};
