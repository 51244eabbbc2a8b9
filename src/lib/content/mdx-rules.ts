/**
 * MDX is code: it can import modules, export values and run expressions at build time.
 * Reports are parsed (never run) and held to a small, safe subset before Astro compiles them.
 */
import { createProcessor } from '@mdx-js/mdx';
import { dirname, resolve, sep } from 'node:path';
import type { Problem } from './problem.ts';

/** Components editors may use in reports; the report page provides them, no import needed. */
export const CONTENT_COMPONENTS = ['Claim'] as const;

/** Folder whose components content may import explicitly, relative to the project root. */
export const CONTENT_COMPONENT_DIR = 'src/components/content';

const BANNED_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form', 'frame', 'frameset', 'applet', 'portal']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'srcset', 'xlink:href', 'cite', 'background', 'data']);
/** Schemes a link may use; anything else (javascript:, data:, vbscript:, file:…) is refused. */
const SAFE_SCHEME = /^(?:https?:|mailto:)/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

interface Node {
  type: string;
  name?: string | null;
  url?: string;
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
        if (BANNED_ELEMENTS.has(name.toLowerCase())) {
          add(node, `<${name}>`, 'mdx-element', `expected no <${name}> element in a report, found one`);
        } else if (/^[A-Z]/.test(name) && !(CONTENT_COMPONENTS as readonly string[]).includes(name)) {
          add(node, `<${name}>`, 'mdx-component', `expected one of the content components (${CONTENT_COMPONENTS.join(', ')}), found <${name}>`);
        }
        for (const attr of node.attributes ?? []) {
          if (attr.type === 'mdxJsxExpressionAttribute') {
            add(node, `<${name}>`, 'mdx-expression', `expected plain attributes on <${name}>, found a {...spread}`);
            continue;
          }
          const attrName = attr.name ?? '';
          if (/^on/i.test(attrName)) add(node, `<${name} ${attrName}>`, 'mdx-event-handler', `expected no inline event handlers, found ${attrName}`);
          if (attr.value && typeof attr.value === 'object') {
            add(node, `<${name} ${attrName}>`, 'mdx-expression', `expected a quoted text value for ${attrName}, found an {…} expression`);
          } else if (typeof attr.value === 'string' && (URL_ATTRIBUTES.has(attrName.toLowerCase()) || isUnsafeUrl(attr.value)) && isUnsafeUrl(attr.value)) {
            add(node, `<${name} ${attrName}>`, 'unsafe-url', `expected an http(s) or relative URL, found "${attr.value.slice(0, 40)}"`);
          }
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (node.url && isUnsafeUrl(node.url)) add(node, node.type, 'unsafe-url', `expected an http(s) or relative URL, found "${node.url.slice(0, 40)}"`);
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}
