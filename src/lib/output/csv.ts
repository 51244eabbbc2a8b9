/**
 * A CSV writer for the open data (RFC 4180), safe to open in a spreadsheet: a cell that
 * begins with = + - @, a tab or a carriage return is a formula to Excel, LibreOffice and
 * Google Sheets, so it is neutralised as OWASP recommends ("CSV Injection"): prefixed with a
 * single quote, which the spreadsheet shows as text, and quoted.
 */
export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: quoted when it holds a comma, quote or line break, or was neutralised. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  // Numbers are written by us and never negative here; only text can carry a formula.
  const raw = String(value);
  const text = typeof value === 'string' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return text !== raw || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Header row, then one row per record; CRLF line ends as RFC 4180 specifies. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
