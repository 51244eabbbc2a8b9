import type { RuleInfo } from '../../../../schema/index.ts';

export const mdxDirective: RuleInfo = {
  id: 'mdx-directive',
  statement: 'A report uses no Astro directives (client:…, set:html).',
  fixture: 'mdx-client-directive',
};
