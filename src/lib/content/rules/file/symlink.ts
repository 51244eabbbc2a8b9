import type { RuleInfo } from '../../../../schema/index.ts';

export const symlink: RuleInfo = {
  id: 'symlink',
  statement: 'Content files are regular files, never symbolic links, so nothing outside content/ is published or run.',
  fixture: 'symlink-dangling',
};
