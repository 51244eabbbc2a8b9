/**
 * MDX is code: it can import modules, export values and run expressions at build time.
 * Reports are parsed (never run) and held to a small, safe subset before Astro compiles them.
 */
import { createProcessor } from '@mdx-js/mdx';
import { existsSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { ARTICLE_IMAGE } from './load.ts';
import type { Problem } from './problem.ts';

/** Components editors may use in reports; the report page provides them, no import needed. */
export const CONTENT_COMPONENTS = ['Claim'] as const;

/** Folder whose components content may import explicitly, relative to the project root. */
export const CONTENT_COMPONENT_DIR = 'src/components/content';

/**
 * HTML a report may use: text structure only. Anything else (script, iframe, object, embed,
 * svg, math, meta, base, link, style, forms, raw <img> or media…) is refused. Images are
 * written as Markdown, ![description](./photo.jpg), so Astro processes them and strips
 * camera metadata.
 */
const ALLOWED_ELEMENTS = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'small',
  'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
]);
/** Attributes any allowed element may carry, plus aria-*. */
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'title', 'lang', 'dir', 'translate', 'role']);
const ELEMENT_ATTRIBUTES: Record<string, readonly string[]> = {
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
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'srcset', 'xlink:href', 'cite', 'background', 'data', 'ping']);
/** Schemes a link may use; anything else (javascript:, data:, vbscript:, file:…) is refused. */
const SAFE_SCHEME = /^(?:https?:|mailto:)/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  identifier?: string;
  value?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
  position?: { start: { line: number } };
  data?: { estree?: { body?: Array<{ type: string; source?: { value?: unknown } }> } };
}

const processor = createProcessor({ format: 'mdx' });

export function isUnsafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  return HAS_SCHEME.test(compact) && !SAFE_SCHEME.test(compact);
}

/**
 * True for an image URL that would be fetched from another site (absolute or
 * protocol-relative): that request would tell a third party who is reading the report.
 */
export function isRemoteResource(url: string): boolean {
  const compact = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  return HAS_SCHEME.test(compact) || /^[/\\]{2}/.test(compact);
}

function allowedAttribute(element: string, attribute: string): boolean {
  const name = attribute.toLowerCase();
  return GLOBAL_ATTRIBUTES.has(name) || name.startsWith('aria-') || (ELEMENT_ATTRIBUTES[element] ?? []).includes(name);
}

export function checkMdx(input: { file: string; body: string; bodyLine: number; absolutePath: string; root: string }): Problem[] {
  const problems: Problem[] = [];
  const at = (node: Node | undefined) => input.bodyLine + (node?.position?.start.line ?? 1) - 1;
  const add = (node: Node | undefined, field: string, rule: string, message: string) =>
    problems.push({ file: input.file, line: at(node), field, rule, message });

  let tree: Node;
  try {
    tree = processor.parse(input.body) as unknown as Node;
  } catch (error) {
    const e = error as { line?: number; reason?: string; message?: string };
    problems.push({
      file: input.file,
      line: input.bodyLine + (e.line ?? 1) - 1,
      field: 'body',
      rule: 'mdx-syntax',
      message: `expected valid MDX, found a syntax error: ${e.reason ?? e.message}`,
      hint: 'a literal "<" or "{" in prose must be escaped as \\< or \\{',
    });
    return problems;
  }

  // Reference-style images (![x][ref]) take their URL from a definition anywhere in the file.
  const definitions = new Map<string, string>();
  const collect = (node: Node) => {
    if (node.type === 'definition' && node.url) definitions.set(String(node.identifier ?? '').toLowerCase(), node.url);
    for (const child of node.children ?? []) collect(child);
  };
  collect(tree);

  const articleDir = dirname(input.absolutePath);
  const checkLocalImage = (node: Node, url: string) => {
    const target = resolve(articleDir, decodeURIComponent(url.split(/[?#]/)[0]!));
    if (dirname(target) !== articleDir || !ARTICLE_IMAGE.test(target)) {
      add(node, 'image', 'image-path', `expected an image file (.jpg, .png, .webp, .avif) next to the report, as ./name.jpg, found "${url.slice(0, 60)}"`);
    } else if (!existsSync(target)) {
      add(node, 'image', 'image-path', `expected the image "${url.slice(0, 60)}" next to the report, found no such file`);
    }
  };

  const allowedDir = resolve(input.root, CONTENT_COMPONENT_DIR) + sep;
  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        for (const statement of node.data?.estree?.body ?? []) {
          if (statement.type === 'ImportDeclaration') {
            const spec = String(statement.source?.value ?? '');
            const target = spec.startsWith('.') ? resolve(dirname(input.absolutePath), spec) : '';
            if (!target.startsWith(allowedDir)) {
              add(node, 'import', 'mdx-import', `expected no imports (content components such as <Claim> are provided), or only from ${CONTENT_COMPONENT_DIR}/, found import from "${spec}"`);
            }
          } else {
            add(node, 'export', 'mdx-export', `expected no exports in a report, found "${statement.type}": metadata belongs in the frontmatter`);
          }
        }
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(node, 'expression', 'mdx-expression', `expected no {…} expressions in a report (they run at build time), found {${(node.value ?? '').trim().slice(0, 40)}}`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const isComponent = /^[A-Z]/.test(name);
        if (!name) {
          add(node, '<>', 'mdx-element', 'expected no <>…</> fragments in a report, found one');
        } else if (isComponent && !(CONTENT_COMPONENTS as readonly string[]).includes(name)) {
          add(node, `<${name}>`, 'mdx-component', `expected one of the content components (${CONTENT_COMPONENTS.join(', ')}), found <${name}>`);
        } else if (!isComponent && !ALLOWED_ELEMENTS.has(name)) {
          problems.push({
            file: input.file,
            line: at(node),
            field: `<${name}>`,
            rule: 'mdx-element',
            message: `expected only text elements in a report (links, emphasis, lists, tables, quotes), found <${name}>`,
            ...(name.toLowerCase() === 'img' ? { hint: 'write images as Markdown, ![description](./photo.jpg), so they are processed and their metadata stripped' } : {}),
          });
        }
        for (const attr of node.attributes ?? []) {
          if (attr.type === 'mdxJsxExpressionAttribute') {
            add(node, `<${name}>`, 'mdx-expression', `expected plain attributes on <${name}>, found a {...spread}`);
            continue;
          }
          const attrName = attr.name ?? '';
          const field = `<${name} ${attrName}>`;
          if (/^on/i.test(attrName)) {
            add(node, field, 'mdx-event-handler', `expected no inline event handlers, found ${attrName}`);
          } else if (attr.value && typeof attr.value === 'object') {
            add(node, field, 'mdx-expression', `expected a quoted text value for ${attrName}, found an {…} expression`);
          } else if (typeof attr.value === 'string' && URL_ATTRIBUTES.has(attrName.toLowerCase()) && isUnsafeUrl(attr.value)) {
            add(node, field, 'unsafe-url', `expected an http(s) or relative URL, found "${attr.value.slice(0, 40)}"`);
          } else if (!isComponent && ALLOWED_ELEMENTS.has(name) && !allowedAttribute(name, attrName)) {
            add(node, field, 'mdx-attribute', `expected only plain attributes on <${name}> (${[...(ELEMENT_ATTRIBUTES[name] ?? []), 'id', 'class', 'title', 'lang', 'aria-*'].join(', ')}), found ${attrName}${attrName.toLowerCase() === 'style' ? ': styles belong in the site stylesheet, and the Content-Security-Policy blocks inline ones' : ''}`);
          } else if (isComponent && attrName.toLowerCase() === 'style') {
            add(node, field, 'mdx-attribute', `expected no style attribute on <${name}>, found one: the Content-Security-Policy blocks inline styles`);
          }
        }
        break;
      }
      case 'link':
      case 'definition':
        if (node.url && isUnsafeUrl(node.url)) add(node, node.type, 'unsafe-url', `expected an http(s) or relative URL, found "${node.url.slice(0, 40)}"`);
        break;
      case 'image':
        if (node.url && (isUnsafeUrl(node.url) || isRemoteResource(node.url))) {
          add(node, 'image', 'remote-image', `expected a local image next to the report (./photo.jpg), found "${node.url.slice(0, 60)}": a remote image would tell another site who reads the report`);
        } else if (node.url) {
          checkLocalImage(node, node.url);
        }
        break;
      case 'imageReference': {
        const target = definitions.get(String(node.identifier ?? '').toLowerCase());
        if (target && (isUnsafeUrl(target) || isRemoteResource(target))) {
          add(node, 'image', 'remote-image', `expected a local image next to the report (./photo.jpg), found a reference to "${target.slice(0, 60)}": a remote image would tell another site who reads the report`);
        } else if (target) {
          checkLocalImage(node, target);
        }
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}
