import type { RuleInfo } from '../../../../schema/index.ts';

export const mdxImport: RuleInfo = {
  id: 'mdx-import',
  statement: 'A report imports nothing (the <Claim> component is provided), except from src/components/content/.',
  fixture: 'mdx-import',
};

/** Folder whose components content may import explicitly, relative to the project root. */
export const CONTENT_COMPONENT_DIR = 'src/components/content';
