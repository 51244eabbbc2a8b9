/** Finding the URLs a built page or stylesheet refers to, for crawlers and checks. */

export interface Ref {
  tag: string;
  attribute: string;
  url: string;
  /** All attributes of the element, lower-cased names. */
  attrs: Record<string, string>;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (s: string) => s.replace(/&(?:amp|quot|#39|lt|gt);/g, (m) => ENTITIES[m]!);

/** Every element with a URL-bearing attribute (href, src, srcset, poster, action, data). */
export function refsInHtml(html: string): Ref[] {
  const out: Ref[] = [];
  // What a script or template holds is code or a template, not links on the page (Pagefind's
  // result template has "{{ url }}" placeholders); the <script src> itself still counts.
  const markup = html.replace(/(<(script|template)\b[^>]*>)[\s\S]*?<\/\2>/gi, '$1');
  for (const tag of markup.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const attrs: Record<string, string> = {};
    for (const a of tag[2]!.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[a[1]!.toLowerCase()] = decode(a[2] ?? a[3] ?? a[4] ?? '');
    }
    for (const attribute of ['href', 'src', 'poster', 'action', 'data']) {
      if (attrs[attribute] !== undefined) out.push({ tag: tag[1]!.toLowerCase(), attribute, url: attrs[attribute]!, attrs });
    }
    if (attrs.srcset) {
      for (const candidate of attrs.srcset.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) out.push({ tag: tag[1]!.toLowerCase(), attribute: 'srcset', url, attrs });
      }
    }
  }
  return out;
}

/** url(…) and @import references in a stylesheet. */
export function refsInCss(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  const imports = [...css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)].map((m) => m[1] ?? m[2] ?? '');
  return [...urls, ...imports].filter((u) => u && !u.startsWith('data:') && !u.startsWith('#'));
}

/** <loc> and <link> URLs in a sitemap or feed. */
export function refsInXml(xml: string): string[] {
  return [...xml.matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>|<link[^>]*href="([^"]+)"/g)].map((m) => decode((m[1] ?? m[2] ?? '').trim()));
}

/** The content of the page's <meta http-equiv="content-security-policy">, or null. */
export function metaCsp(html: string): string | null {
  const m = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return m ? decode(m[1]!) : null;
}
