/**
 * Links to other sites open without telling them where the reader came from
 * (rel="noreferrer", on top of the page's Referrer-Policy) and without a handle back to our
 * page (rel="noopener"). Astro components set rel themselves; this covers links written in
 * reports, as a hast plugin for Astro's Sätteri Markdown/MDX pipeline.
 *
 * Hand-written rather than rehype-external-links: Astro 7 compiles MDX with Sätteri, whose
 * plugins are visitor objects, not unified transformers, so rehype plugins do not run.
 */

/** Tokens every external link carries; "external" matches the components' links. */
const EXTERNAL_REL = ['noopener', 'noreferrer', 'external'] as const;

/** True for a link that leaves the site: an absolute http(s) URL or a protocol-relative one. */
function isExternalHref(href: unknown): boolean {
  if (typeof href !== 'string') return false;
  const compact = href.replace(/[\u0000-\u0020\u007f]+/g, '');
  return /^https?:/i.test(compact) || /^[/\\]{2}/.test(compact);
}

/** The rel value for an external link: the author's tokens, minus "opener", plus ours. */
function externalRel(existing: unknown): string {
  const given = (Array.isArray(existing) ? existing.join(' ') : typeof existing === 'string' ? existing : '').split(/\s+/);
  const tokens = new Set(given.filter((t) => t && t.toLowerCase() !== 'opener'));
  for (const t of EXTERNAL_REL) tokens.add(t);
  return [...tokens].join(' ');
}

interface LinkElement {
  properties?: Record<string, unknown>;
}
interface JsxLinkElement {
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
}
interface VisitorContext {
  setProperty(node: never, key: string, value: unknown): void;
}

function jsxAttribute(node: JsxLinkElement, name: string): unknown {
  return node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
}

/** The Sätteri hast plugin: Markdown links and <a> written as JSX in MDX alike. */
export function externalLinks() {
  const jsx = {
    filter: ['a'],
    visit(node: JsxLinkElement, ctx: VisitorContext) {
      if (isExternalHref(jsxAttribute(node, 'href'))) ctx.setProperty(node as never, 'rel', externalRel(jsxAttribute(node, 'rel')));
    },
  };
  return {
    name: 'colony:external-links',
    element: {
      filter: ['a'],
      visit(node: LinkElement, ctx: VisitorContext) {
        if (isExternalHref(node.properties?.href)) ctx.setProperty(node as never, 'rel', externalRel(node.properties?.rel).split(' '));
      },
    },
    mdxJsxTextElement: jsx,
    mdxJsxFlowElement: jsx,
  };
}
