import type { RuleInfo } from '../../../../schema/index.ts';

export const mdxEventHandler: RuleInfo = {
  id: 'mdx-event-handler',
  statement: 'A report has no inline event handlers (onclick…).',
  fixture: 'mdx-event-handler',
};
