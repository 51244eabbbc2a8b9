import type { RuleInfo } from '../../../../schema/index.ts';

export const fileName: RuleInfo = {
  id: 'file-name',
  statement: 'A report’s file name is its address: lowercase ASCII letters, digits and single hyphens.',
  fixture: 'report-file-name-case',
};
