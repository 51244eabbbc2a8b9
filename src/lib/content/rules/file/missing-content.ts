import type { RuleInfo } from '../../../../schema/index.ts';

export const missingContent: RuleInfo = {
  id: 'missing-content',
  statement: 'The site is built from a content folder; without one there is nothing to check or publish.',
  fixture: null,
};
