/**
 * MDX is code: it can import modules, export values and run expressions at build time.
 * Reports are parsed (never run) and held to a small, safe subset before Astro compiles them.
 * The rules read the tree the build compiles (mdx-processor.ts), never a parser of their own.
 */
import { closeSync, lstatSync, openSync, readSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { isMixedScriptHost, SLUG_PATTERN } from '../../schema/fields.ts';
import { REPORT_IMAGE } from './load.ts';
import { reportTree, type HastNode } from './mdx-processor.ts';
import type { RuleInfo } from '../../schema/index.ts';
import type { Problem } from './problem.ts';

/** The rules on a report's text, as the catalogue lists them. */
export const MDX_RULES: readonly RuleInfo[] = [
  { id: 'mdx-syntax', statement: 'A report’s text is MDX the build can read.', fixture: 'mdx-syntax' },
  { id: 'mdx-import', statement: 'A report imports nothing (the <Claim> component is provided), except from src/components/content/.', fixture: 'mdx-import' },
  { id: 'mdx-export', statement: 'A report exports nothing and holds no code; its metadata is in the frontmatter.', fixture: 'mdx-export' },
  { id: 'mdx-expression', statement: 'A report holds no {…} expressions, which would run at build time.', fixture: 'mdx-env-expression' },
  { id: 'mdx-component', statement: 'A report uses only the content components (<Claim>).', fixture: 'mdx-unknown-component' },
  { id: 'mdx-element', statement: 'A report uses Markdown and text-structure HTML only: no scripts, frames, forms, styles, embeds or raw images.', fixture: 'mdx-script' },
  { id: 'mdx-attribute', statement: 'HTML in a report carries only plain attributes of its element, each once; <Claim> takes only its id.', fixture: 'mdx-style-url' },
  { id: 'mdx-directive', statement: 'A report uses no Astro directives (client:…, set:html).', fixture: 'mdx-client-directive' },
  { id: 'mdx-event-handler', statement: 'A report has no inline event handlers (onclick…).', fixture: 'mdx-event-handler' },
  { id: 'claim-id', statement: 'A <Claim> tag names a claim by its id.', fixture: 'mdx-claim-without-id' },
  { id: 'unsafe-url', statement: 'Links are http(s), mailto or relative: no javascript:, data: or other schemes.', fixture: 'javascript-link' },
  { id: 'deceptive-url', statement: 'Links do not mislead: no user name in the address, no host mixing scripts to look like another.', fixture: 'mdx-deceptive-link' },
  { id: 'remote-image', statement: 'Images are local files next to the report, never fetched from another site (that would tell it who reads the report).', fixture: 'mdx-remote-image' },
  { id: 'image-path', statement: 'An image is a .jpg, .png, .webp or .avif file next to the report, written ./name.jpg.', fixture: 'image-bad-percent' },
  { id: 'image-format', statement: 'An image file is the image its name says.', fixture: 'image-not-an-image' },
];

/** Components editors may use in reports; the report page provides them, no import needed. */
const CONTENT_COMPONENTS = ['Claim'] as const;

/** Folder whose components content may import explicitly, relative to the project root. */
const CONTENT_COMPONENT_DIR = 'src/components/content';

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

/** True when the file starts as a JPEG, PNG, WebP or AVIF image does. */
function isImageFile(path: string): boolean {
  const head = Buffer.alloc(12);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 12, 0);
  } finally {
    closeSync(fd);
  }
  const ascii = (from: number, to: number) => head.toString('latin1', from, to);
  return (
    (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) ||
    ascii(0, 8) === '\x89PNG\r\n\x1a\n' ||
    (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') ||
    (ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12)))
  );
}

/** Why an absolute link would mislead a reader (user@host, a host mixing scripts), or null. */
function deceptiveUrl(url: string): string | null {
  const compact = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  if (!/^(?:https?:)?[/\\]{2}/i.test(compact)) return null;
  let parsed: URL;
  try {
    parsed = new URL(compact, 'https://colony.invalid/');
  } catch {
    return `expected a valid web address, found "${url.slice(0, 60)}"`;
  }
  if (parsed.username || parsed.password) return `expected a link without user name or password, found "${url.slice(0, 60)}": it makes one site look like another`;
  if (isMixedScriptHost(parsed.hostname)) return `expected a link to a host in one script, found "${url.slice(0, 60)}", which mixes scripts to look like another address`;
  return null;
}

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

/** A claim placed in a report's text with <Claim id="…" />, as the compiled tree has it. */
export interface TreeClaim {
  id: string;
  /** Line in the file. */
  line: number;
}

export interface MdxInput {
  file: string;
  body: string;
  /** Line in the file of the body's first line (1 when the frontmatter is blanked, as Astro does). */
  bodyLine: number;
  absolutePath: string;
  root: string;
}

/** The problems in a report body and the claims it places, both read from the compiled tree. */
export function analyseMdx(input: MdxInput): { problems: Problem[]; claims: TreeClaim[] } {
  const problems: Problem[] = [];
  const claims: TreeClaim[] = [];
  const at = (node: HastNode | undefined) => input.bodyLine + (node?.position?.start.line ?? 1) - 1;
  const add = (node: HastNode | undefined, field: string, rule: string, message: string, hint?: string) =>
    problems.push({ file: input.file, line: at(node), field, rule, message, ...(hint ? { hint } : {}) });

  const parsed = reportTree(input.body);
  if ('error' in parsed) {
    problems.push({
      file: input.file,
      line: input.bodyLine + parsed.error.line - 1,
      field: 'body',
      rule: 'mdx-syntax',
      message: `expected valid MDX, found a syntax error: ${parsed.error.message}`,
      hint: 'a literal "<" or "{" in prose must be escaped as \\< or \\{',
    });
    return { problems, claims };
  }

  const articleDir = dirname(input.absolutePath);
  const checkLocalImage = (node: HastNode, url: string) => {
    let path: string;
    try {
      path = decodeURIComponent(url.split(/[?#]/)[0]!);
    } catch {
      add(node, 'image', 'image-path', `expected an image path with valid %-escapes, found "${url.slice(0, 60)}"`);
      return;
    }
    const target = resolve(articleDir, path);
    if (dirname(target) !== articleDir || !REPORT_IMAGE.test(target)) {
      add(node, 'image', 'image-path', `expected an image file (.jpg, .png, .webp, .avif) next to the report, as ./name.jpg, found "${url.slice(0, 60)}"`);
      return;
    }
    let stat;
    try {
      stat = lstatSync(target);
    } catch {
      add(node, 'image', 'image-path', `expected the image "${url.slice(0, 60)}" next to the report, found no such file`);
      return;
    }
    // The bundler follows links: a "photo" linked to a script next to it would be run as a module.
    if (!stat.isFile()) add(node, 'image', 'image-path', `expected the image "${url.slice(0, 60)}" to be a regular file, found a ${stat.isSymbolicLink() ? 'symbolic link' : 'special file'}`);
    // The image pipeline quotes what it cannot decode in the build log: check the bytes first.
    else if (!isImageFile(target)) add(node, 'image', 'image-format', `expected "${url.slice(0, 60)}" to be a JPEG, PNG, WebP or AVIF image, found a file that is not`);
  };

  const checkUrl = (node: HastNode, field: string, url: unknown) => {
    if (typeof url !== 'string') return;
    if (isUnsafeUrl(url)) add(node, field, 'unsafe-url', `expected an http(s) or relative URL, found "${url.slice(0, 40)}"`);
    else {
      const deceit = deceptiveUrl(url);
      if (deceit) add(node, field, 'deceptive-url', deceit);
    }
  };

  const checkJsx = (node: HastNode) => {
    const name = node.name ?? '';
    const isComponent = /^[A-Z]/.test(name);
    if (!name) {
      add(node, '<>', 'mdx-element', 'expected no <>…</> fragments in a report, found one');
    } else if (isComponent && !(CONTENT_COMPONENTS as readonly string[]).includes(name)) {
      add(node, `<${name}>`, 'mdx-component', `expected one of the content components (${CONTENT_COMPONENTS.join(', ')}), found <${name}>`);
    } else if (!isComponent && !ALLOWED_ELEMENTS.has(name)) {
      add(
        node,
        `<${name}>`,
        'mdx-element',
        `expected only text elements in a report (links, emphasis, lists, tables, quotes), found <${name}>`,
        name.toLowerCase() === 'img' ? 'write images as Markdown, ![description](./photo.jpg), so they are processed and their metadata stripped' : undefined,
      );
    }
    const seen = new Set<string>();
    for (const attr of node.attributes ?? []) {
      if (attr.type !== 'mdxJsxAttribute') {
        add(node, `<${name}>`, 'mdx-expression', `expected plain attributes on <${name}>, found a {...spread}`);
        continue;
      }
      const attrName = attr.name ?? '';
      const field = `<${name} ${attrName}>`;
      if (seen.has(attrName.toLowerCase())) {
        add(node, field, 'mdx-attribute', `expected each attribute once on <${name}>, found ${attrName} again`);
        continue;
      }
      seen.add(attrName.toLowerCase());
      if (attr.value && typeof attr.value === 'object') {
        add(node, field, 'mdx-expression', `expected a quoted text value for ${attrName}, found an {…} expression`);
      } else if (/[:]/.test(attrName)) {
        // set:html, is:raw, client:load, define:vars… are Astro directives, not attributes.
        add(node, field, 'mdx-directive', `expected no directives in a report, found ${attrName}`);
      } else if (/^on/i.test(attrName)) {
        add(node, field, 'mdx-event-handler', `expected no inline event handlers, found ${attrName}`);
      } else if (typeof attr.value === 'string' && URL_ATTRIBUTES.has(attrName.toLowerCase()) && (isUnsafeUrl(attr.value) || deceptiveUrl(attr.value))) {
        checkUrl(node, field, attr.value);
      } else if (name === 'Claim' && attrName !== 'id') {
        add(node, field, 'mdx-attribute', `expected <Claim> to take only id, found ${attrName}`);
      } else if (!isComponent && ALLOWED_ELEMENTS.has(name) && !allowedAttribute(name, attrName)) {
        add(node, field, 'mdx-attribute', `expected only plain attributes on <${name}> (${[...(ELEMENT_ATTRIBUTES[name] ?? []), 'id', 'class', 'title', 'lang', 'aria-*'].join(', ')}), found ${attrName}${attrName.toLowerCase() === 'style' ? ': styles belong in the site stylesheet, and the Content-Security-Policy blocks inline ones' : ''}`);
      }
    }
    if (name === 'Claim') {
      const ids = (node.attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      const id = ids[0]?.value;
      if (typeof id !== 'string' || !SLUG_PATTERN.test(id)) {
        add(node, '<Claim id>', 'claim-id', `expected <Claim id="…"> with a claim id (lowercase letters, digits, hyphens), found ${typeof id === 'string' ? `"${id.slice(0, 40)}"` : 'none'}`);
      } else claims.push({ id, line: at(node) });
    }
  };

  const allowedDir = resolve(input.root, CONTENT_COMPONENT_DIR) + sep;
  const visit = (node: HastNode) => {
    switch (node.type) {
      case 'root':
      case 'text':
      case 'comment':
        break;
      case 'mdxjsEsm': {
        // Only `import Name from '…'` of a content component; anything else in ESM runs at build time.
        for (const statement of String(node.value ?? '').split(/\n/).map((l) => l.trim()).filter(Boolean)) {
          const imp = /^import\s+[A-Za-z_$][\w$]*\s+from\s+(["'])([^"'\\]+)\1;?$/.exec(statement);
          if (imp) {
            const spec = imp[2]!;
            const target = spec.startsWith('.') ? resolve(dirname(input.absolutePath), spec) : '';
            if (target.startsWith(allowedDir)) continue;
            add(node, 'import', 'mdx-import', `expected no imports (content components such as <Claim> are provided), or only from ${CONTENT_COMPONENT_DIR}/, found import from "${spec.slice(0, 60)}"`);
          } else if (/^import\b/.test(statement)) {
            add(node, 'import', 'mdx-import', `expected no imports (content components such as <Claim> are provided), found "${statement.slice(0, 60)}"`);
          } else {
            add(node, 'export', 'mdx-export', `expected no exports or code in a report, found "${statement.slice(0, 40)}": metadata belongs in the frontmatter`);
          }
        }
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(node, 'expression', 'mdx-expression', `expected no {…} expressions in a report (they run at build time), found {${String(node.value ?? '').trim().slice(0, 40)}}`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsx(node);
        break;
      case 'element': {
        // Markdown's own elements: the parser writes them, so only their URLs are the author's.
        const props = node.properties ?? {};
        if (node.tagName === 'a') checkUrl(node, 'link', props.href);
        if (node.tagName === 'img') {
          const src = typeof props.src === 'string' ? props.src : '';
          if (isUnsafeUrl(src) || isRemoteResource(src)) {
            add(node, 'image', 'remote-image', `expected a local image next to the report (./photo.jpg), found "${src.slice(0, 60)}": a remote image would tell another site who reads the report`);
          } else checkLocalImage(node, src);
        }
        break;
      }
      default:
        // Raw HTML or any node type this rule set does not know: refuse rather than trust it.
        add(node, 'body', 'mdx-element', `expected only Markdown and the allowed elements, found a "${node.type}" node`);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(parsed.tree);
  return { problems, claims };
}

export function checkMdx(input: MdxInput): Problem[] {
  return analyseMdx(input).problems;
}
