/**
 * Every rule the check and the build enforce, in one list, in the order content meets them:
 * files, then each record (the schema with src/schema/record-rules/, and rules/record/), then report texts, then the rules
 * across records (rules/). The methodology page and CONTRIBUTING render it; a unit test holds
 * each rule to a bad fixture that breaks it.
 */
import { SCHEMA_RULES, type RuleInfo } from '../../schema/index.ts';
import { COLLATION_RULES } from './rules/collation/collation-rules.ts';
import { FILE_RULES } from './rules/file/file-rules.ts';
import { MDX_RULES } from './rules/mdx/mdx-rules.ts';
import { CONTENT_RULES } from './rules/cross-record/cross-record-rules.ts';
import { VALIDATION_RULES } from './rules/record/validation-rules.ts';

export interface RuleGroup {
  id: 'files' | 'records' | 'report-text' | 'across-records' | 'collations';
  title: string;
  /** Where the rules are written, for editors and developers. */
  source: string;
  rules: readonly RuleInfo[];
}

export const RULE_GROUPS: readonly RuleGroup[] = [
  { id: 'files', title: 'Files', source: 'src/lib/content/rules/file/, one file per rule (read by read-files.ts and yaml.ts)', rules: FILE_RULES },
  { id: 'records', title: 'Each record', source: 'src/schema/record-rules/ and src/lib/content/rules/record/, one file per rule', rules: [...VALIDATION_RULES, ...SCHEMA_RULES] },
  { id: 'report-text', title: 'Report texts', source: 'src/lib/content/rules/mdx/, one file per rule', rules: MDX_RULES },
  { id: 'across-records', title: 'Across records', source: 'src/lib/content/rules/cross-record/, one file per rule', rules: CONTENT_RULES },
  { id: 'collations', title: 'Witness texts and collations', source: 'src/lib/content/rules/collation/, read by collation-files.ts', rules: COLLATION_RULES },
];

export const RULE_CATALOGUE: readonly RuleInfo[] = RULE_GROUPS.flatMap((g) => g.rules);
