import { domainToUnicode } from 'node:url';
import { z } from 'zod';

/** Ids become URL segments and file names: lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids become file names in dist/: well under any file system's 255-byte limit. */
export const ID_MAX_LENGTH = 100;

export const slug = z
  .string({ error: 'expected an id: lowercase letters, digits and hyphens' })
  .max(ID_MAX_LENGTH, { error: `expected an id of at most ${ID_MAX_LENGTH} characters` })
  .regex(SLUG_PATTERN, { error: 'expected an id of lowercase letters, digits and single hyphens (e.g. "cnn-2022-prison-recruitment")' });

/** The period the reporting covers: every date in the content falls in it. */
const REPORTING_START_YEAR = 2014;

/** Upper bound for any figure: well above any count this project reports, far below what breaks a chart. */
export const FIGURE_MAX = 10_000_000;

/**
 * Why a text value is not plain text, or null when it is: control characters (other than tab
 * and line breaks), bidirectional overrides that reorder what a reader sees, or no visible
 * character at all. Applied to every string in every content file (validate.ts).
 */
export function textFault(value: string): string | null {
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/.exec(value);
  if (control) return `expected plain text, found the control character U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const bidi = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/.exec(value);
  if (bidi) return `expected plain text, found the direction override U+${bidi[0].codePointAt(0)!.toString(16).toUpperCase()}: it reorders what readers see`;
  if (value.length && !/[^\s\p{Cf}\p{Z}\p{M}\u2800\u3164\uFFA0\u115F\u1160]/u.test(value))
    return 'expected visible text, found only blank or invisible characters';
  return null;
}

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Hebrew', 'Arabic', 'Han', 'Hangul', 'Thai', 'Devanagari', 'Cherokee'] as const;
const SCRIPT_RE = Object.fromEntries(SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')])) as Record<(typeof SCRIPTS)[number], RegExp>;

/** True when one label of the host mixes writing systems (раypal.com): an address made to look like another. */
export function isMixedScriptHost(hostname: string): boolean {
  const unicode = domainToUnicode(hostname) || hostname;
  return unicode.split('.').some((label) => SCRIPTS.filter((s) => SCRIPT_RE[s].test(label)).length > 1);
}

export type DatePrecision = 'year' | 'month' | 'day';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses "2024", "2024-06" or "2024-06-17"; null when the text is not a real calendar date. */
export function parsePartialDate(text: string): { year: number; month?: number; day?: number; precision: DatePrecision } | null {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return { year, month, day, precision: 'day' };
}

function dateToIso(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/**
 * A calendar date whose precision is its written form: "2024" (year), "2024-06" (month)
 * or "2024-06-17" (day). YAML parsers may hand us a Date for a full date; it is normalised
 * back to "YYYY-MM-DD" so every consumer sees one type.
 */
export const partialDate = z
  .union([z.string(), z.number().int(), z.date()], {
    error: 'expected a date written as YYYY, YYYY-MM or YYYY-MM-DD',
  })
  .transform((value, ctx) => {
    const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : dateToIso(value)) : String(value);
    const date = parsePartialDate(text);
    if (!date) {
      ctx.addIssue({
        code: 'custom',
        message: `expected a real date written as YYYY, YYYY-MM or YYYY-MM-DD, found "${text}"`,
      });
      return z.NEVER;
    }
    const thisYear = new Date().getUTCFullYear();
    if (date.year < REPORTING_START_YEAR || date.year > thisYear) {
      ctx.addIssue({ code: 'custom', message: `expected a date within the reporting period (${REPORTING_START_YEAR}–${thisYear}), found "${text}"` });
      return z.NEVER;
    }
    return text;
  });

/** A full calendar day, "YYYY-MM-DD". */
export const fullDate = partialDate.refine((text) => parsePartialDate(text)?.precision === 'day', {
  error: 'expected a full date written as YYYY-MM-DD',
});

/** A domain name as the URL parser writes it (lowercase, punycode): labels and a top-level domain, no IP address. */
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * Only http(s): a javascript: or data: URL in content must never reach an href. Written the
 * way browsers read it (punycode host, escaped path), never with user:password@ (which can
 * make "https://bbc.com@evil.example/" look like the BBC) nor a host that mixes scripts.
 */
export const httpUrl = z
  .url({
    protocol: /^https?$/,
    error: 'expected an absolute http:// or https:// URL',
  })
  .superRefine((value, ctx) => {
    // zod runs refinements even when the format check above failed; a value the URL parser
    // refuses ("//host/x", "http://") has been reported there and must not throw here.
    const url = URL.parse(value);
    if (url === null) return;
    if (url.username || url.password) ctx.addIssue({ code: 'custom', message: `expected a URL without user name or password, found "${value.slice(0, 60)}"` });
    else if (!DOMAIN.test(url.hostname)) ctx.addIssue({ code: 'custom', message: `expected a URL with a domain name, found "${value.slice(0, 60)}"` });
    else if (isMixedScriptHost(url.hostname))
      ctx.addIssue({
        code: 'custom',
        message: `expected a web address in one script, found "${domainToUnicode(url.hostname)}", which mixes scripts to look like another address`,
      });
  })
  .transform((value) => URL.parse(value)?.href ?? value);

export const nonEmpty = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, { error: `expected ${what}, found an empty value` });
