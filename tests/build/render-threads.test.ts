/**
 * Pages rendered on worker threads (src/integrations/render-threads.ts) are the pages Astro
 * renders on its main thread: the fixture site built both ways, every file of dist/ compared.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, type RunResult } from '../../scripts/support/astro-run.ts';
import { filesUnder } from '../support/html.ts';
import { FIXTURE_CONTENT, OUTPUT } from '../support/paths.ts';

const threadedDist = join(OUTPUT, 'render-threads/threaded');
const mainDist = join(OUTPUT, 'render-threads/main');
let threaded: RunResult;
let main: RunResult;

beforeAll(async () => {
  threaded = await buildSite({ contentDir: FIXTURE_CONTENT, outDir: threadedDist, renderThreads: 1 });
  main = await buildSite({ contentDir: FIXTURE_CONTENT, outDir: mainDist, renderThreads: 0 });
}, 300_000);

describe('rendering threads', () => {
  it('render the pages when asked to, and not when set to none', () => {
    expect(threaded.code, threaded.output).toBe(0);
    expect(main.code, main.output).toBe(0);
    expect(threaded.output).toContain('rendering on 1 thread beside the main one');
    expect(main.output).not.toContain('beside the main one');
  });

  it('build the same files, byte for byte, as the main thread does', () => {
    const files = filesUnder(threadedDist);
    expect(files).toEqual(filesUnder(mainDist));
    // The fixture's pages in both languages, not an empty site twice.
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(100);
    const differing = files.filter((f) => !readFileSync(join(threadedDist, f)).equals(readFileSync(join(mainDist, f))));
    expect(differing).toEqual([]);
  });
});
