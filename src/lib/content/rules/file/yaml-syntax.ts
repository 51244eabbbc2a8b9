import type { RuleInfo } from '../../../../schema/index.ts';

export const yamlSyntax: RuleInfo = {
  id: 'yaml',
  statement: 'Records and frontmatter are valid YAML, read the same way by the check and the build.',
  fixture: 'malformed-frontmatter',
};
