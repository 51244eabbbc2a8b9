import type { RuleInfo } from '../../../../schema/index.ts';

export const mdxElement: RuleInfo = {
  id: 'mdx-element',
  statement: 'A report uses Markdown and text-structure HTML only: no scripts, frames, forms, styles, embeds or raw images.',
  fixture: 'mdx-script',
};

/**
 * HTML a report may use: text structure only. Anything else (script, iframe, object, embed,
 * svg, math, meta, base, link, style, forms, raw <img> or media…) is refused. Images are
 * written as Markdown, ![description](./photo.jpg), so Astro processes them and strips
 * camera metadata.
 */
export const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'small',
  'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
]);
