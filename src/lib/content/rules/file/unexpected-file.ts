import type { RuleInfo } from '../../../../schema/index.ts';

export const unexpectedFile: RuleInfo = {
  id: 'unexpected-file',
  statement: 'content/ holds only its collection folders, and each folder only its own files (.mdx and their images, or .yaml): no hidden files, subfolders or strays nobody would review.',
  fixture: 'unexpected-file',
};
