import type { RuleInfo } from '../../../../schema/index.ts';

/** Any zod issue without a rule of its own (../../validate.ts turns it into a located problem). */
export const schemaShape: RuleInfo = {
  id: 'schema',
  statement: 'Every field holds what the schema says (its type, format and allowed values; no unknown fields); the JSON Schemas in json-schema/ describe each field for editors.',
  fixture: 'unknown-status',
};
