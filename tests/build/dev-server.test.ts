/**
 * `npm run dev` for an editor: content edits show without a restart (YAML records and MDX),
 * and search serves the last build's index under the base path, or says it needs a build.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEARCH_NEEDS_BUILD } from '../../src/lib/search/dev-index.ts';
import { run } from '../../scripts/support/astro-run.ts';
import { editUntil, eventually, startDev, type DevServer } from '../support/dev.ts';
import { FIXTURE_CONTENT, OUTPUT, ROOT, SUBPATH } from '../support/paths.ts';

const text = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, body: await res.text(), type: res.headers.get('content-type') ?? '' };
};

describe('dev server at the root, after a build', () => {
  const content = join(OUTPUT, 'dev', 'content');
  let dev: DevServer;
  beforeAll(async () => {
    rmSync(content, { recursive: true, force: true });
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    dev = await startDev({ CONTENT_DIR: content, OUT_DIR: inject('rootDist'), ASTRO_CACHE_DIR: join(OUTPUT, 'dev', 'cache') });
  });
  afterAll(() => dev?.close());

  it('serves the built search index', async () => {
    const res = await text(`${dev.url}pagefind/pagefind.js`);
    expect(res.status).toBe(200);
    expect(res.type).toContain('javascript');
    expect(res.body).toBe(readFileSync(join(inject('rootDist'), 'pagefind/pagefind.js'), 'utf8'));
    expect(dev.output()).toContain('search uses the index built');
  });

  it('shows an edited claim without a restart', async () => {
    const page = `${dev.url}claims/fixture-marmalade-quota/`;
    expect((await text(page)).body, dev.output()).toContain('317 marmalade-painting recruits');
    const file = join(content, 'claims/claims.yaml');
    const after = await editUntil(
      file,
      readFileSync(file, 'utf8').replace('317 marmalade-painting recruits', '318 freshly edited recruits'),
      () => text(page),
      (r) => r.body.includes('318 freshly edited recruits'),
    );
    expect(after.body).toContain('318 freshly edited recruits');
  });

  it('shows an edited report without a restart', async () => {
    const page = `${dev.url}reports/fixture-second-report/`;
    const file = join(content, 'reports/fixture-second-report.mdx');
    const after = await editUntil(
      file,
      readFileSync(file, 'utf8').replace('distinctive phrase', 'freshly edited phrase'),
      () => text(page),
      (r) => r.body.includes('freshly edited phrase'),
    );
    expect(after.body).toContain('freshly edited phrase');
  });

  it('publishes a claim added by `npm run new` without a restart', async () => {
    const made = await run([
      join(ROOT, 'scripts/new.ts'),
      'claim',
      '--content',
      content,
      '--statement',
      'A claim added while the server runs.',
      '--source',
      'fixture-independent',
      '--status',
      'reported',
      '--basis',
      'One outlet.',
      '--file',
      'claims/live.yaml',
    ]);
    expect(made.code, made.output).toBe(0);
    const page = await eventually(
      () => text(`${dev.url}claims/a-claim-added-while-the-server-runs/`),
      (r) => r.status === 200,
    );
    expect(page.status, dev.output()).toBe(200);
    expect(page.body).toContain('A claim added while the server runs.');
  });

  it('keeps serving the last good version while a file is broken', async () => {
    const file = join(content, 'claims/claims.yaml');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, `${good}\n- id: [unclosed\n`);
    await eventually(
      () => dev.output(),
      (o) => o.includes('expected valid YAML'),
    );
    expect(dev.output()).toContain('claims/claims.yaml');
    const page = await text(`${dev.url}claims/fixture-marmalade-quota/`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('318 freshly edited recruits');
    writeFileSync(file, good);
  });
});

describe('dev server under a subpath, without a build', () => {
  let dev: DevServer;
  beforeAll(async () => {
    dev = await startDev({
      CONTENT_DIR: FIXTURE_CONTENT,
      OUT_DIR: join(OUTPUT, 'dev', 'never-built'),
      BASE_PATH: SUBPATH,
      ASTRO_CACHE_DIR: join(OUTPUT, 'dev', 'cache-subpath'),
    });
  });
  afterAll(() => dev?.close());

  it('answers pagefind.js with a module whose import fails with a clear message', async () => {
    const base = new URL(SUBPATH, dev.url).href;
    const res = await text(`${base}pagefind/pagefind.js`);
    expect(res.status).toBe(200);
    expect(res.type).toContain('javascript');
    const imported = import(`data:text/javascript,${encodeURIComponent(res.body)}`);
    await expect(imported).rejects.toThrow(SEARCH_NEEDS_BUILD);
    expect((await text(`${base}pagefind/pagefind-entry.json`)).status).toBe(404);
    expect(dev.output()).toContain('Search needs a build');
  });

  it('does not serve the index outside the base path', async () => {
    const res = await fetch(new URL('/pagefind/pagefind.js', dev.url), { redirect: 'manual' });
    expect(await res.text()).not.toContain(SEARCH_NEEDS_BUILD);
  });
});
