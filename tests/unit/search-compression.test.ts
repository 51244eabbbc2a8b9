/** Pagefind's files recompressed without changing what they hold (src/lib/search/compression.ts). */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { smallestGzip } from '../../src/lib/search/compression.ts';

/**
 * Shaped like Pagefind's page table: its signature, then one CBOR entry per page (a three-item
 * array of the page id, "en_" and 7 hex digits, its word count and an empty string).
 */
function pageTableLike(pages: number): Buffer {
  const entries = Array.from({ length: pages }, (_, i) => {
    const id = `en_${createHash('sha256').update(String(i)).digest('hex').slice(0, 7)}`;
    return Buffer.concat([Buffer.from([0x83, 0x6a]), Buffer.from(id), Buffer.from([0x18, 24 + ((i * 37) % 200), 0x60])]);
  });
  return Buffer.concat([Buffer.from('pagefind_dcd'), ...entries]);
}

describe('smallestGzip', () => {
  const content = pageTableLike(5000);
  // Compressed for speed rather than size, as Pagefind's page table leaves its writer.
  const asPagefindWroteIt = gzipSync(content, { level: 1 });

  it('returns a smaller gzip stream of exactly the same bytes', () => {
    const smaller = smallestGzip(asPagefindWroteIt);
    expect(smaller.length).toBeLessThan(asPagefindWroteIt.length);
    expect(Buffer.from(gunzipSync(smaller)).equals(content)).toBe(true);
  });

  it('never makes a file larger: a stream no strategy beats comes back as it was', () => {
    const best = smallestGzip(asPagefindWroteIt);
    expect(smallestGzip(best)).toBe(best);
  });

  it('refuses a file that is not gzip rather than writing something Pagefind cannot read', () => {
    expect(() => smallestGzip(Buffer.from('pagefind_dcd not compressed'))).toThrow();
  });
});
