import type { RuleInfo } from '../../../../schema/index.ts';

export const mdxExpression: RuleInfo = {
  id: 'mdx-expression',
  statement: 'A report holds no {…} expressions, which would run at build time.',
  fixture: 'mdx-env-expression',
};
