import type { RuleInfo } from '../../../../schema/index.ts';

export const mdxSyntax: RuleInfo = {
  id: 'mdx-syntax',
  statement: 'A report’s text is MDX the build can read.',
  fixture: 'mdx-syntax',
};
