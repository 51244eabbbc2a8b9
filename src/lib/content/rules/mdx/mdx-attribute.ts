import type { RuleInfo } from '../../../../schema/index.ts';

export const mdxAttribute: RuleInfo = {
  id: 'mdx-attribute',
  statement: 'HTML in a report carries only plain attributes of its element, each once; <Claim> takes only its id.',
  fixture: 'mdx-style-url',
};

/** Attributes any allowed element may carry, plus aria-*. */
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'title', 'lang', 'dir', 'translate', 'role']);
export const ELEMENT_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href', 'hreflang', 'rel', 'target', 'type'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  time: ['datetime'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  td: ['colspan', 'rowspan', 'headers'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  col: ['span'],
  colgroup: ['span'],
  details: ['open'],
};

export function allowedAttribute(element: string, attribute: string): boolean {
  const name = attribute.toLowerCase();
  return GLOBAL_ATTRIBUTES.has(name) || name.startsWith('aria-') || (ELEMENT_ATTRIBUTES[element] ?? []).includes(name);
}
