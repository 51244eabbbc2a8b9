/**
 * The date sort taken out of a real Pagefind page table (src/lib/search/page-table.ts): the
 * tables come from Pagefind's own indexer, run here on a handful of records.
 */
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { takeSort } from '../../src/lib/search/page-table.ts';
import { fragmentData } from '../support/pagefind.ts';

interface Page {
  url: string;
  sort: Record<string, string>;
}

// Written out of date order; one month, one bare year, one page without a date.
const PAGES: Page[] = [
  { url: '/b/', sort: { date: '2023-03-14', title: 'b' } },
  { url: '/undated/', sort: { title: 'u' } },
  { url: '/a/', sort: { date: '2023', title: 'a' } },
  { url: '/d/', sort: { date: '2024-01', title: 'd' } },
  { url: '/c/', sort: { date: '2023-03', title: 'c' } },
  { url: '/e/', sort: { date: '2022-12-31', title: 'e' } },
];
const BY_DATE = ['/e/', '/a/', '/c/', '/b/', '/d/'];

/** Pagefind's page table and each page's id → URL, for the pages with only the given sort keys. */
async function indexWith(keys: string[]): Promise<{ table: Uint8Array; urls: Map<string, string> }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('\n'));
  for (const { url, sort } of PAGES) {
    const kept = Object.fromEntries(Object.entries(sort).filter(([key]) => keys.includes(key)));
    const added = await index.addCustomRecord({ url, content: `Page ${url} of the fixture.`, language: 'en', sort: kept });
    expect(added.errors).toEqual([]);
  }
  const { files } = await index.getFiles();
  const urls = new Map<string, string>();
  let table: Uint8Array | undefined;
  for (const file of files) {
    const name = file.path.split('/').pop()!;
    if (name.endsWith('.pf_meta')) table = gunzipSync(file.content);
    if (name.endsWith('.pf_fragment')) urls.set(name.slice(0, -'.pf_fragment'.length), fragmentData(file.content).url);
  }
  await index.deleteIndex();
  if (!table) throw new Error('Pagefind wrote no page table');
  return { table, urls };
}

afterAll(() => pagefind.close());

describe('takeSort', () => {
  it('returns the pages in date order, oldest first, a year before its months and a month before its days, undated pages left out', async () => {
    const { table, urls } = await indexWith(['date']);
    const { pages } = takeSort(table, 'date');
    expect(pages?.map((id) => urls.get(id))).toEqual(BY_DATE);
  });

  it('leaves the page table exactly as Pagefind writes it without that sort, other sorts kept', async () => {
    const withDate = await indexWith(['date', 'title']);
    const withoutDate = await indexWith(['title']);
    const { table } = takeSort(withDate.table, 'date');
    expect(table.length).toBeLessThan(withDate.table.length);
    expect(Buffer.from(table).equals(Buffer.from(withoutDate.table))).toBe(true);

    const none = await indexWith([]);
    expect(Buffer.from(takeSort(withoutDate.table, 'title').table).equals(Buffer.from(none.table))).toBe(true);
  });

  it('gives no order and the table unchanged when there is no such sort', async () => {
    const { table } = await indexWith(['title']);
    const taken = takeSort(table, 'date');
    expect(taken.pages).toBeNull();
    expect(taken.table).toBe(table);
  });

  it('refuses a file that is not a page table, or one cut short, rather than guess', async () => {
    const { table } = await indexWith(['date']);
    expect(() => takeSort(new TextEncoder().encode('{"pages":[]}'), 'date')).toThrow(/not a Pagefind page table/);
    expect(() => takeSort(table.subarray(0, table.length - 3), 'date')).toThrow(/ends early|past the end/);
    expect(() => takeSort(Buffer.concat([table, Buffer.from([0])]), 'date')).toThrow(/unexpected bytes/);
  });
});
