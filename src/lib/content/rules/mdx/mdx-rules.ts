/**
 * MDX is code: it can import modules, export values and run expressions at build time.
 * Reports are parsed (never run) and held to a small, safe subset before Astro compiles them.
 * The rules read the tree the build compiles (../../mdx-processor.ts), never a parser of their
 * own. Each rule is a file in this folder (its id, statement, fixture and the allow-lists or
 * tests it owns); this walk visits the tree once and reports under each rule's id.
 */
import { lstatSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { SLUG_PATTERN } from '../../../../schema/fields.ts';
import { REPORT_IMAGE } from '../../read-files.ts';
import { reportTree, type HastNode } from '../../mdx-processor.ts';
import type { RuleInfo } from '../../../../schema/index.ts';
import type { Problem } from '../../problem.ts';
import { mdxSyntax } from './mdx-syntax.ts';
import { mdxImport } from './mdx-import.ts';
import { mdxExport } from './mdx-export.ts';
import { mdxExpression } from './mdx-expression.ts';
import { mdxComponent } from './mdx-component.ts';
import { mdxElement } from './mdx-element.ts';
import { mdxAttribute } from './mdx-attribute.ts';
import { mdxDirective } from './mdx-directive.ts';
import { mdxEventHandler } from './mdx-event-handler.ts';
import { claimId } from './claim-id.ts';
import { unsafeUrl } from './unsafe-url.ts';
import { deceptiveUrl } from './deceptive-url.ts';
import { remoteImage } from './remote-image.ts';
import { imagePath } from './image-path.ts';
import { imageFormat } from './image-format.ts';
import { CONTENT_COMPONENT_DIR } from './mdx-import.ts';
import { CONTENT_COMPONENTS } from './mdx-component.ts';
import { ALLOWED_ELEMENTS } from './mdx-element.ts';
import { allowedAttribute, ELEMENT_ATTRIBUTES } from './mdx-attribute.ts';
import { isUnsafeUrl, URL_ATTRIBUTES } from './unsafe-url.ts';
import { deceptiveUrlReason } from './deceptive-url.ts';
import { isRemoteResource } from './remote-image.ts';
import { isImageFile } from './image-format.ts';

/** The rules on a report's text, one per file in this folder, as the catalogue lists them. */
export const MDX_RULES: readonly RuleInfo[] = [
  mdxSyntax,
  mdxImport,
  mdxExport,
  mdxExpression,
  mdxComponent,
  mdxElement,
  mdxAttribute,
  mdxDirective,
  mdxEventHandler,
  claimId,
  unsafeUrl,
  deceptiveUrl,
  remoteImage,
  imagePath,
  imageFormat,
];

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
      rule: mdxSyntax.id,
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
      add(node, 'image', imagePath.id, `expected an image path with valid %-escapes, found "${url.slice(0, 60)}"`);
      return;
    }
    const target = resolve(articleDir, path);
    if (dirname(target) !== articleDir || !REPORT_IMAGE.test(target)) {
      add(node, 'image', imagePath.id, `expected an image file (.jpg, .png, .webp, .avif) next to the report, as ./name.jpg, found "${url.slice(0, 60)}"`);
      return;
    }
    let stat;
    try {
      stat = lstatSync(target);
    } catch {
      add(node, 'image', imagePath.id, `expected the image "${url.slice(0, 60)}" next to the report, found no such file`);
      return;
    }
    // The bundler follows links: a "photo" linked to a script next to it would be run as a module.
    if (!stat.isFile()) add(node, 'image', imagePath.id, `expected the image "${url.slice(0, 60)}" to be a regular file, found a ${stat.isSymbolicLink() ? 'symbolic link' : 'special file'}`);
    // The image pipeline quotes what it cannot decode in the build log: check the bytes first.
    else if (!isImageFile(target)) add(node, 'image', imageFormat.id, `expected "${url.slice(0, 60)}" to be a JPEG, PNG, WebP or AVIF image, found a file that is not`);
  };

  const checkUrl = (node: HastNode, field: string, url: unknown) => {
    if (typeof url !== 'string') return;
    if (isUnsafeUrl(url)) add(node, field, unsafeUrl.id, `expected an http(s) or relative URL, found "${url.slice(0, 40)}"`);
    else {
      const deceit = deceptiveUrlReason(url);
      if (deceit) add(node, field, deceptiveUrl.id, deceit);
    }
  };

  const checkJsx = (node: HastNode) => {
    const name = node.name ?? '';
    const isComponent = /^[A-Z]/.test(name);
    if (!name) {
      add(node, '<>', mdxElement.id, 'expected no <>…</> fragments in a report, found one');
    } else if (isComponent && !(CONTENT_COMPONENTS as readonly string[]).includes(name)) {
      add(node, `<${name}>`, mdxComponent.id, `expected one of the content components (${CONTENT_COMPONENTS.join(', ')}), found <${name}>`);
    } else if (!isComponent && !ALLOWED_ELEMENTS.has(name)) {
      add(
        node,
        `<${name}>`,
        mdxElement.id,
        `expected only text elements in a report (links, emphasis, lists, tables, quotes), found <${name}>`,
        name.toLowerCase() === 'img' ? 'write images as Markdown, ![description](./photo.jpg), so they are processed and their metadata stripped' : undefined,
      );
    }
    const seen = new Set<string>();
    for (const attr of node.attributes ?? []) {
      if (attr.type !== 'mdxJsxAttribute') {
        add(node, `<${name}>`, mdxExpression.id, `expected plain attributes on <${name}>, found a {...spread}`);
        continue;
      }
      const attrName = attr.name ?? '';
      const field = `<${name} ${attrName}>`;
      if (seen.has(attrName.toLowerCase())) {
        add(node, field, mdxAttribute.id, `expected each attribute once on <${name}>, found ${attrName} again`);
        continue;
      }
      seen.add(attrName.toLowerCase());
      if (attr.value && typeof attr.value === 'object') {
        add(node, field, mdxExpression.id, `expected a quoted text value for ${attrName}, found an {…} expression`);
      } else if (/[:]/.test(attrName)) {
        // set:html, is:raw, client:load, define:vars… are Astro directives, not attributes.
        add(node, field, mdxDirective.id, `expected no directives in a report, found ${attrName}`);
      } else if (/^on/i.test(attrName)) {
        add(node, field, mdxEventHandler.id, `expected no inline event handlers, found ${attrName}`);
      } else if (typeof attr.value === 'string' && URL_ATTRIBUTES.has(attrName.toLowerCase()) && (isUnsafeUrl(attr.value) || deceptiveUrlReason(attr.value))) {
        checkUrl(node, field, attr.value);
      } else if (name === 'Claim' && attrName !== 'id') {
        add(node, field, mdxAttribute.id, `expected <Claim> to take only id, found ${attrName}`);
      } else if (!isComponent && ALLOWED_ELEMENTS.has(name) && !allowedAttribute(name, attrName)) {
        add(node, field, mdxAttribute.id, `expected only plain attributes on <${name}> (${[...(ELEMENT_ATTRIBUTES[name] ?? []), 'id', 'class', 'title', 'lang', 'aria-*'].join(', ')}), found ${attrName}${attrName.toLowerCase() === 'style' ? ': styles belong in the site stylesheet, and the Content-Security-Policy blocks inline ones' : ''}`);
      }
    }
    if (name === 'Claim') {
      const ids = (node.attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      const id = ids[0]?.value;
      if (typeof id !== 'string' || !SLUG_PATTERN.test(id)) {
        add(node, '<Claim id>', claimId.id, `expected <Claim id="…"> with a claim id (lowercase letters, digits, hyphens), found ${typeof id === 'string' ? `"${id.slice(0, 40)}"` : 'none'}`);
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
            add(node, 'import', mdxImport.id, `expected no imports (content components such as <Claim> are provided), or only from ${CONTENT_COMPONENT_DIR}/, found import from "${spec.slice(0, 60)}"`);
          } else if (/^import\b/.test(statement)) {
            add(node, 'import', mdxImport.id, `expected no imports (content components such as <Claim> are provided), found "${statement.slice(0, 60)}"`);
          } else {
            add(node, 'export', mdxExport.id, `expected no exports or code in a report, found "${statement.slice(0, 40)}": metadata belongs in the frontmatter`);
          }
        }
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(node, 'expression', mdxExpression.id, `expected no {…} expressions in a report (they run at build time), found {${String(node.value ?? '').trim().slice(0, 40)}}`);
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
            add(node, 'image', remoteImage.id, `expected a local image next to the report (./photo.jpg), found "${src.slice(0, 60)}": a remote image would tell another site who reads the report`);
          } else checkLocalImage(node, src);
        }
        break;
      }
      default:
        // Raw HTML or any node type this rule set does not know: refuse rather than trust it.
        add(node, 'body', mdxElement.id, `expected only Markdown and the allowed elements, found a "${node.type}" node`);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(parsed.tree);
  return { problems, claims };
}

export function checkMdx(input: MdxInput): Problem[] {
  return analyseMdx(input).problems;
}
