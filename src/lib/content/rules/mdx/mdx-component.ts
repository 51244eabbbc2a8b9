import type { RuleInfo } from '../../../../schema/index.ts';

export const mdxComponent: RuleInfo = {
  id: 'mdx-component',
  statement: 'A report uses only the content components (<Claim>).',
  fixture: 'mdx-unknown-component',
};

/** Components editors may use in reports; the report page provides them, no import needed. */
export const CONTENT_COMPONENTS = ['Claim'] as const;
