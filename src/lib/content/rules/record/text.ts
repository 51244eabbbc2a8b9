import type { RuleInfo } from '../../../../schema/index.ts';

/** Checked on every string of a record by ../../validate.ts, with textFault() from the schema. */
export const plainText: RuleInfo = {
  id: 'text',
  statement: 'Every text is plain visible text: no control characters, no direction overrides, nothing invisible-only.',
  fixture: 'text-control',
};
