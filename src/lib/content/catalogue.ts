/**
 * Every rule the check and the build enforce, in one list, in the order content meets them:
 * files, then each record (the schema and record-rules.ts), then report texts, then the rules
 * across records (rules/). The methodology page and CONTRIBUTING render it; a unit test holds
 * each rule to a bad fixture that breaks it.
 */
import { SCHEMA_RULES, type RuleInfo } from '../../schema/index.ts';
import { COLLATION_RULES } from '../collation/check.ts';
import { FILE_RULES } from './load.ts';
import { MDX_RULES } from './mdx-rules.ts';
import { CONTENT_RULES } from './rules/index.ts';
import { VALIDATION_RULES } from './validate.ts';

export interface RuleGroup {
  id: 'files' | 'records' | 'report-text' | 'across-records' | 'collations';
  title: string;
  /** Where the rules are written, for editors and developers. */
  source: string;
  rules: readonly RuleInfo[];
}

export const RULE_GROUPS: readonly RuleGroup[] = [
  { id: 'files', title: 'Files', source: 'src/lib/content/load.ts, yaml.ts', rules: FILE_RULES },
  { id: 'records', title: 'Each record', source: 'src/schema/ (record-rules.ts), src/lib/content/validate.ts', rules: [...VALIDATION_RULES, ...SCHEMA_RULES] },
  { id: 'report-text', title: 'Report texts', source: 'src/lib/content/mdx-rules.ts', rules: MDX_RULES },
  { id: 'across-records', title: 'Across records', source: 'src/lib/content/rules/, one file per rule', rules: CONTENT_RULES },
  { id: 'collations', title: 'Witness texts and collations', source: 'src/lib/collation/load.ts, check.ts', rules: COLLATION_RULES },
];

export const RULE_CATALOGUE: readonly RuleInfo[] = RULE_GROUPS.flatMap((g) => g.rules);
