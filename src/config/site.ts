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

/**
 * Who edits the reports, as bylines and structured data name them. The project publishes as a
 * desk; a publisher who prefers named editors sets them here.
 */
export const EDITORS = `the ${SITE_NAME} desk`;

/**
 * How readers reach the editors with a tip or a correction. Set by the publisher at build time
 * (CONTACT_EMAIL, CONTACT_SIGNAL, CONTACT_SECUREDROP_URL); until then they are empty, and the
 * about page says that no channel has been set up rather than inventing one.
 */
export interface ContactSettings {
  email: string | null;
  signal: string | null;
  securedropUrl: string | null;
}

const setting = (value: string | undefined) => value?.trim() || null;
const env = (typeof process !== 'undefined' ? process.env : {}) as Record<string, string | undefined>;

export const CONTACT: ContactSettings = {
  email: setting(env['CONTACT_EMAIL']),
  signal: setting(env['CONTACT_SIGNAL']),
  securedropUrl: setting(env['CONTACT_SECUREDROP_URL']),
};
