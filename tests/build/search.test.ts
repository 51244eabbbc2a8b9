/** The built pagefind.js, run in Node against the fixture site served over HTTP. */
import { describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface PagefindResult {
  data(): Promise<{ url: string; meta: Record<string, string>; excerpt: string }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}

async function loadPagefind(dist: string, serverUrl: string): Promise<Pagefind> {
  // A query string gives each build its own module instance.
  const pf = (await import(`${pathToFileURL(join(dist, 'pagefind/pagefind.js')).href}?${encodeURIComponent(serverUrl)}`)) as Pagefind;
  await pf.options({ basePath: new URL('pagefind/', serverUrl).href, baseUrl: new URL(serverUrl).pathname });
  return pf;
}

describe('search index', () => {
  it('finds a report by a phrase from its text', async () => {
    const pf = await loadPagefind(inject('rootDist'), inject('rootUrl'));
    const { results } = await pf.search('heron count');
    const top = await Promise.all(results.slice(0, 3).map((r) => r.data()));
    expect(top.map((d) => d.url)).toContain('/reports/fixture-second-report/');
  });

  it('returns result URLs under the base path', async () => {
    const pf = await loadPagefind(inject('subpathDist'), inject('subpathUrl'));
    const { results } = await pf.search('marmalade');
    expect(results.length).toBeGreaterThan(0);
    const data = await results[0]!.data();
    expect(data.url.startsWith('/investigations/')).toBe(true);
  });
});
