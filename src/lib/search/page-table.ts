/**
 * Takes one sort order out of Pagefind's page table (the `.pf_meta` file every search loads
 * first), so that the date order can travel in a file of its own (order.ts) while Pagefind
 * still does the sorting at build time. Reading the order here costs one pass over one file;
 * gathering the dates from 24,000 result fragments instead took 2–4 s of the build.
 *
 * The page table, decompressed, is "pagefind_dcd" and then one CBOR array (Pagefind 1.6, in
 * minicbor's array encoding of its structs):
 *   [version, pages: [[id, wordCount, …]…], chunks, filters, sorts: [[key, [page…]]…], …]
 * where a sort lists page numbers, positions in `pages`. Only what is needed is decoded; the
 * rest is copied byte for byte. Anything else in the file is an error, not a guess: a
 * Pagefind upgrade that changes the format fails the build here.
 */

const SIGNATURE = 'pagefind_dcd';
const utf8 = new TextDecoder();
const PAGES = 1;
const SORTS = 4;

/** CBOR major types used by the page table. */
const UINT = 0;
const TEXT = 3;
const ARRAY = 4;

class Reader {
  offset = 0;
  private readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  /** Reads an item's head: its major type and its argument (a length or a value). */
  head(): { major: number; value: number } {
    const first = this.byte();
    const major = first >> 5;
    const info = first & 31;
    if (info < 24) return { major, value: info };
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (!size) throw new Error(`unsupported CBOR item (major type ${major}, additional info ${info}) at byte ${this.offset - 1}`);
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + this.byte();
    if (!Number.isSafeInteger(value)) throw new Error(`CBOR number too large at byte ${this.offset - size - 1}`);
    return { major, value };
  }

  expect(major: number, what: string): number {
    const at = this.offset;
    const head = this.head();
    if (head.major !== major) throw new Error(`expected ${what} at byte ${at}, found CBOR major type ${head.major}`);
    return head.value;
  }

  text(what: string): string {
    const length = this.expect(TEXT, what);
    const end = this.offset + length;
    if (end > this.bytes.length) throw new Error(`${what} runs past the end of the page table`);
    const text = utf8.decode(this.bytes.subarray(this.offset, end));
    this.offset = end;
    return text;
  }

  /** Steps over one whole item, whatever it holds. */
  skip(): void {
    const { major, value } = this.head();
    if (major === UINT || major === 1) return;
    if (major === 2 || major === TEXT) {
      this.offset += value;
      if (this.offset > this.bytes.length) throw new Error('a string runs past the end of the page table');
      return;
    }
    if (major === ARRAY) {
      for (let i = 0; i < value; i++) this.skip();
      return;
    }
    if (major === 5) {
      for (let i = 0; i < 2 * value; i++) this.skip();
      return;
    }
    throw new Error(`unsupported CBOR major type ${major}`);
  }

  private byte(): number {
    const b = this.bytes[this.offset++];
    if (b === undefined) throw new Error('the page table ends early');
    return b;
  }
}

/** A CBOR head for an array of `length` items. */
function arrayHead(length: number): Uint8Array {
  if (length < 24) return Uint8Array.of(0x80 | length);
  if (length < 0x100) return Uint8Array.of(0x98, length);
  if (length < 0x10000) return Uint8Array.of(0x99, length >> 8, length & 0xff);
  return Uint8Array.of(0x9a, (length >>> 24) & 0xff, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export interface TakenSort {
  /** The page table without the sort (unchanged if it had none). */
  table: Uint8Array;
  /** Page ids (fragment names, e.g. "en_cab2d83") in the sort's order; null if there was no such sort. */
  pages: string[] | null;
}

/**
 * Removes the sort named `key` from a decompressed page table and returns the page ids in its
 * order. Pages without a value for the key are not in the order (Pagefind leaves them out).
 */
export function takeSort(table: Uint8Array, key: string): TakenSort {
  const signature = utf8.decode(table.subarray(0, SIGNATURE.length));
  if (signature !== SIGNATURE) throw new Error(`not a Pagefind page table: it does not start with "${SIGNATURE}"`);
  const r = new Reader(table);
  r.offset = SIGNATURE.length;
  const fields = r.expect(ARRAY, 'the page table');
  if (fields <= SORTS) throw new Error(`expected at least ${SORTS + 1} fields in the page table, found ${fields}`);

  r.skip(); // version
  const ids: string[] = [];
  const pageCount = r.expect(ARRAY, 'the list of pages');
  for (let i = 0; i < pageCount; i++) {
    const start = r.offset;
    const parts = r.expect(ARRAY, 'a page');
    if (parts < 1) throw new Error(`empty page entry at byte ${start}`);
    ids.push(r.text('a page id'));
    for (let j = 1; j < parts; j++) r.skip();
  }
  for (let field = PAGES + 1; field < SORTS; field++) r.skip();

  const sortsStart = r.offset;
  const sortCount = r.expect(ARRAY, 'the list of sorts');
  const kept: Uint8Array[] = [];
  let pages: string[] | null = null;
  for (let i = 0; i < sortCount; i++) {
    const start = r.offset;
    if (r.expect(ARRAY, 'a sort') !== 2) throw new Error(`expected a sort as [key, pages] at byte ${start}`);
    const name = r.text('a sort key');
    if (name !== key) {
      r.skip();
      kept.push(table.subarray(start, r.offset));
      continue;
    }
    const length = r.expect(ARRAY, `the pages of sort "${key}"`);
    pages = [];
    for (let j = 0; j < length; j++) {
      const page = r.expect(UINT, `a page number in sort "${key}"`);
      const id = ids[page];
      if (id === undefined) throw new Error(`sort "${key}" names page ${page}, but the page table has ${ids.length} pages`);
      pages.push(id);
    }
  }
  const sortsEnd = r.offset;
  for (let field = SORTS + 1; field < fields; field++) r.skip();
  if (r.offset !== table.length) throw new Error(`${table.length - r.offset} unexpected bytes after the page table`);

  if (pages === null) return { table, pages };
  return { table: concat([table.subarray(0, sortsStart), arrayHead(kept.length), ...kept, table.subarray(sortsEnd)]), pages };
}
