/**
 * Sizes and SHA-256 sums of the open-data files, from the bytes the build wrote. The /data/
 * page carries a placeholder row; the data-checksums integration replaces it after the build
 * with one row per file in dist/data/, and writes SHA256SUMS beside them (sha256sum -c reads it).
 */
import { createHash } from 'node:crypto';

export interface FileSum {
  name: string;
  bytes: number;
  sha256: string;
}

export function fileSum(name: string, content: Uint8Array): FileSum {
  return { name, bytes: content.byteLength, sha256: createHash('sha256').update(content).digest('hex') };
}

/** "12.3 KB": sizes in the units people read (1 KB = 1,000 bytes), with the exact count alongside on the page. */
export function humanSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The marker the data page renders where the rows go. */
export const SUMS_PLACEHOLDER = '<tr data-file-sums-placeholder></tr>';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** One table row per file, sorted by name: link, size, and the sum in a code element. */
export function sumRows(sums: readonly FileSum[], dataBase: string): string {
  return [...sums]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(
      (s) =>
        `<tr data-file="${escape(s.name)}"><th scope="row"><a href="${escape(dataBase + s.name)}">${escape(s.name)}</a></th>` +
        `<td class="num" data-bytes="${s.bytes}">${humanSize(s.bytes)} <span class="muted">(${s.bytes.toLocaleString('en-GB')} bytes)</span></td>` +
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
