/**
 * The rules every record meets besides the record rules the schema carries
 * (src/schema/record-rules/, one file per rule, which must live beside the schema that runs them).
 */
import type { RuleInfo } from '../../../../schema/index.ts';
import { schemaShape } from './schema.ts';
import { plainText } from './text.ts';

export const VALIDATION_RULES: readonly RuleInfo[] = [plainText, schemaShape];
