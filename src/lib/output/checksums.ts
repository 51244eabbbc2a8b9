/**
 * Sizes and SHA-256 sums of the open-data files, from the bytes the build wrote. The /data/
 * page carries a placeholder row; the data-checksums integration replaces it after the build
 * with one row per file in dist/data/, and writes SHA256SUMS beside them (sha256sum -c reads it).
 */
import { createHash } from 'node:crypto';
import { t, tn } from '../i18n/messages.ts';
import { LOCALE_TAGS, type Locale } from '../text/locales.ts';
import { escapeXml } from './xml.ts';

export interface FileSum {
  name: string;
  bytes: number;
  sha256: string;
}

export function fileSum(name: string, content: Uint8Array): FileSum {
  return { name, bytes: content.byteLength, sha256: createHash('sha256').update(content).digest('hex') };
}

/** "12.3 KB" ("12,3 КБ"): sizes in the units people read (1 KB = 1,000 bytes), with the exact count alongside on the page. */
export function humanSize(bytes: number, locale: Locale): string {
  const tenths = (n: number) => n.toLocaleString(locale === 'en' ? 'en-GB' : LOCALE_TAGS[locale], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (bytes < 1000) return tn(locale, 'data.bytes', bytes);
  if (bytes < 1_000_000) return t(locale, 'data.kilobytes', { n: tenths(bytes / 1000) });
  return t(locale, 'data.megabytes', { n: tenths(bytes / 1_000_000) });
}

/** The marker the data page renders where the rows go. */
export const SUMS_PLACEHOLDER = '<tr data-file-sums-placeholder></tr>';

/** One table row per file, sorted by name: link, size, and the sum in a code element. */
export function sumRows(sums: readonly FileSum[], dataBase: string, locale: Locale): string {
  return [...sums]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(
      (s) =>
        `<tr data-file="${escapeXml(s.name)}"><th scope="row"><a href="${escapeXml(dataBase + s.name)}">${escapeXml(s.name)}</a></th>` +
        `<td class="num" data-bytes="${s.bytes}">${humanSize(s.bytes, locale)} <span class="muted">(${tn(locale, 'data.bytes', s.bytes)})</span></td>` +
        `<td><code class="sha256">${s.sha256}</code></td></tr>`,
    )
    .join('');
}

/** The SHA256SUMS file: "<sum>  <name>" per line, as sha256sum writes and checks it. */
export function sumsFile(sums: readonly FileSum[]): string {
  return [...sums]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => `${s.sha256}  ${s.name}\n`)
    .join('');
}
