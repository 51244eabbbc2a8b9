/**
 * The site's security policy, in one place. src/layouts/Base.astro puts it in a <meta> CSP on
 * every page; src/integrations/security-headers.ts writes the same policy, plus the
 * header-only directives and headers, to `_headers` (Netlify, Cloudflare Pages) and
 * scripts/nginx-config.ts renders deploy/nginx.conf. Tests check that all three agree with the
 * built pages.
 *
 * No third-party origin appears anywhere: readers may be at risk if another party sees them
 * reading the site.
 */

type Directives = Record<string, readonly string[]>;

/** Sources for scripts and styles: our own files only, no 'unsafe-inline'. */
const SCRIPT_SOURCES = [
  "'self'",
  // Pagefind runs its search index as WebAssembly, compiled in the page and in its worker.
  "'wasm-unsafe-eval'",
] as const;
const STYLE_SOURCES = ["'self'"] as const;

/** Every directive except script-src and style-src. */
const POLICY_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  // data: images are inline SVG icons in Pagefind's UI stylesheet; they cause no request.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'media-src': ["'self'"],
  // Pagefind starts a same-origin Worker (pagefind-worker.js) and falls back to the page.
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Directives browsers ignore in a <meta> CSP: sent only as a real header. */
export const HEADER_ONLY_DIRECTIVES: Directives = {
  'frame-ancestors': ["'none'"],
};

/** Parses a CSP string into directive name → sources (order of sources kept). */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

function serialise(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

const PAGE_DIRECTIVES: Directives = { ...POLICY_DIRECTIVES, 'script-src': SCRIPT_SOURCES, 'style-src': STYLE_SOURCES };

/**
 * The policy in every page's <meta>, the same on every page. The pages carry no inline
 * scripts or styles (astro.config.mjs keeps stylesheets and scripts as files; the content
 * rules refuse them in reports), so script-src and style-src need no hashes. Astro's own
 * `security.csp` would hash every page's inline code, of which there is none, for about 2 s
 * of a 24,000-page build; a constant needs none of that.
 */
export function pageCsp(): string {
  return serialise(PAGE_DIRECTIVES);
}

/** The policy as an HTTP header: the page policy plus what only a header can carry. */
export function headerCsp(): string {
  return serialise({ ...PAGE_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES });
}

/** Headers every response should carry. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': headerCsp(),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    // Old browsers without frame-ancestors.
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // The site uses none of these; deny them so nothing embedded could either.
    'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  };
}

export interface CacheRule {
  /** Site path prefix, relative to the base ("_astro/"). */
  prefix: string;
  cacheControl: string;
}

/**
 * Caching by folder. /_astro/ file names carry a content hash, so they never change.
 * /pagefind/ mixes hashed chunks with fixed names (pagefind.js, pagefind-entry.json) that
 * change with every build: revalidate them so a new index never meets an old entry file.
 * HTML keeps the host's default (revalidated), so corrections show at once.
 */
export const CACHE_RULES: readonly CacheRule[] = [
  { prefix: '_astro/', cacheControl: 'public, max-age=31536000, immutable' },
  { prefix: 'pagefind/', cacheControl: 'public, max-age=0, must-revalidate' },
];
