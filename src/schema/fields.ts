import { z } from 'zod';

/** Ids become URL segments and file names: lowercase words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z
  .string({ error: 'expected an id: lowercase letters, digits and hyphens' })
  .regex(SLUG_PATTERN, { error: 'expected an id of lowercase letters, digits and single hyphens (e.g. "cnn-2022-prison-recruitment")' });

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
    if (!parsePartialDate(text)) {
      ctx.addIssue({
        code: 'custom',
        message: `expected a real date written as YYYY, YYYY-MM or YYYY-MM-DD, found "${text}"`,
      });
      return z.NEVER;
    }
    return text;
  });

/** A full calendar day, "YYYY-MM-DD". */
export const fullDate = partialDate.refine((text) => parsePartialDate(text)?.precision === 'day', {
  error: 'expected a full date written as YYYY-MM-DD',
});

/** Only http(s): a javascript: or data: URL in content must never reach an href. */
export const httpUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: 'expected an absolute http:// or https:// URL',
});

export const nonEmpty = (what: string) => z.string({ error: `expected ${what} as text` }).trim().min(1, { error: `expected ${what}, found an empty value` });
