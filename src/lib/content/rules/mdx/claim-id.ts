import type { RuleInfo } from '../../../../schema/index.ts';

export const claimId: RuleInfo = {
  id: 'claim-id',
  statement: 'A <Claim> tag names a claim by its id.',
  fixture: 'mdx-claim-without-id',
};
