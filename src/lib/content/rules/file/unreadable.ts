import type { RuleInfo } from '../../../../schema/index.ts';

export const unreadable: RuleInfo = {
  id: 'unreadable',
  statement: 'Every content file can be read; one that cannot is reported, never a crash of the check.',
  fixture: null,
};
