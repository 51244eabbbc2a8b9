/**
 * Deployment settings from the environment, normalised once for astro.config.mjs.
 *   SITE_URL   absolute origin the site is served from (canonical URLs, feeds, sitemap)
 *   BASE_PATH  path prefix when served under a subfolder, e.g. "/investigations"
 */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function normaliseSite(raw: string | undefined): string {
  const value = (raw ?? '').trim() || 'http://localhost:4321';
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`SITE_URL must be an http(s) URL, got "${value}"`);
  return url.origin;
}

/** The publication's name, as readers and structured data (JSON-LD) see it. */
export const SITE_NAME = 'From Colony to Front';
