import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from '../../scripts/support/static-server.ts';

describe('the test server, as a static host serves a built site', () => {
  let dir = '';
  let served: StaticServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'colony-static-'));
    mkdirSync(join(dir, 'data'));
    mkdirSync(join(dir, 'claims'));
    writeFileSync(join(dir, 'data', 'SHA256SUMS'), 'abc  claims.csv\n');
    writeFileSync(join(dir, 'claims', 'index.html'), '<p>claims</p>');
    writeFileSync(join(dir, '404.html'), '<p>not here</p>');
    served = await serveStatic(dir, '/');
  });
  afterAll(async () => {
    await served.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a file without an extension as that file', async () => {
    const response = await fetch(new URL('data/SHA256SUMS', served.url));
    expect([response.status, await response.text()]).toEqual([200, 'abc  claims.csv\n']);
  });

  it('redirects a folder without its slash and answers an unknown path with the 404 page', async () => {
    const folder = await fetch(new URL('claims', served.url), { redirect: 'manual' });
    expect([folder.status, folder.headers.get('location')]).toEqual([301, '/claims/']);
    const missing = await fetch(new URL('data/nothing', served.url));
    expect([missing.status, await missing.text()]).toEqual([404, '<p>not here</p>']);
  });
});
