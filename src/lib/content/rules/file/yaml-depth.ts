import type { RuleInfo } from '../../../../schema/index.ts';

export const yamlDepth: RuleInfo = {
  id: 'yaml-depth',
  statement: 'YAML nests no deeper than a record needs.',
  fixture: 'yaml-deep-nesting',
};
