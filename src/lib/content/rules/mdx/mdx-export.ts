import type { RuleInfo } from '../../../../schema/index.ts';

export const mdxExport: RuleInfo = {
  id: 'mdx-export',
  statement: 'A report exports nothing and holds no code; its metadata is in the frontmatter.',
  fixture: 'mdx-export',
};
