import type { RuleInfo } from '../../../../schema/index.ts';

export const yamlAlias: RuleInfo = {
  id: 'yaml-alias',
  statement: 'YAML uses few aliases, so a few lines can never expand into millions of values.',
  fixture: 'yaml-alias-bomb',
};
