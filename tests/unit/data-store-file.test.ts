import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { storeReadFromFile } from '../../src/integrations/data-store-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'colony-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a module and imports it, as the prerender bundle's chunk is imported. */
async function load(name: string, code: string): Promise<unknown> {
  const path = join(dir, name);
  writeFileSync(path, code);
  return ((await import(pathToFileURL(path).href)) as { default: unknown }).default;
}

describe('the content data store read from its file', () => {
  // A store as Astro writes it (devalue's flattened form), with text that needs escaping in a JS string.
  const json = JSON.stringify([['Map', 1, 2], 'claims', { id: 3, data: 4 }, 'c-1', { statement: 'He said “no” \\ “да”\n</script>' }]);

  it('gives the module the same value as the string Astro inlines', async () => {
    const file = join(dir, 'data-store.json');
    writeFileSync(file, json);
    // The code Astro emits for the store (astro/dist/content/vite-plugin-content-virtual-mod.js).
    const inlined = `export default JSON.parse(${JSON.stringify(json)})`;
    const rewritten = storeReadFromFile(inlined, file);
    expect(rewritten).toContain('readFileSync');
    expect(rewritten).not.toContain('claims');
    expect(await load('rewritten.mjs', rewritten!)).toEqual(await load('inlined.mjs', inlined));
  });

  it('leaves any other shape of the module alone', () => {
    expect(storeReadFromFile('export default new Map()', '/x/data-store.json')).toBeUndefined();
    expect(storeReadFromFile('export default{"claims":[(await import("astro:data-layer-content-chunk:a.json"))]}', '/x/data-store.json')).toBeUndefined();
  });
});
