import type { RuleInfo } from '../../../../schema/index.ts';

export const encoding: RuleInfo = {
  id: 'encoding',
  statement: 'Content files are UTF-8 text.',
  fixture: 'not-utf8',
};
