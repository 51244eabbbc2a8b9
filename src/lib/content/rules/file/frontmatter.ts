import type { RuleInfo } from '../../../../schema/index.ts';

export const frontmatter: RuleInfo = {
  id: 'frontmatter',
  statement: 'A report starts with YAML frontmatter between "---" lines.',
  fixture: 'frontmatter-missing',
};
