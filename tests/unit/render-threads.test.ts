/**
 * The rendering threads (src/integrations/render-threads.ts) against a stand-in for what Astro
 * gives them: a prerender bundle whose `app` renders two routes, and a default prerenderer
 * that renders on the main thread. Real worker threads run the real worker file.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { threadedPrerenderer, type DefaultApp } from '../../src/integrations/render-threads.ts';

const ROUTES = [
  { route: '/[id]', component: 'src/pages/[id].astro' },
  { route: '/boom', component: 'src/pages/boom.astro' },
  { route: '/exit', component: 'src/pages/exit.astro' },
  { route: '/image', component: 'src/pages/image.astro' },
];
const [PAGE, BOOM, EXIT, IMAGE] = ROUTES as [(typeof ROUTES)[0], (typeof ROUTES)[0], (typeof ROUTES)[0], (typeof ROUTES)[0]];
const NOT_IN_BUNDLE = { route: '/elsewhere', component: 'src/pages/elsewhere.astro' };

/** Astro's prerender bundle, as far as a rendering thread uses it. */
const BUNDLE = `
export const app = {
  manifest: { routes: ${JSON.stringify(ROUTES.map((routeData) => ({ routeData })))} },
  setInternals(internals) { this.internals = internals; },
  setOptions(options) { this.options = options; },
  async render(request, { routeData }) {
    if (routeData.route === '/boom') throw Object.assign(new Error('the page broke'), { hint: 'look at the page' });
    if (routeData.route === '/exit') process.exit(3);
    // What Astro's getImage() does for an optimised image, wrapped as Astro wraps a page's error.
    if (routeData.route === '/image') {
      try { globalThis.astroAsset.addStaticImage({ src: '/gate.jpg', format: 'webp' }, [], '/gate.jpg'); }
      catch (cause) { throw new Error('rendering the image failed', { cause }); }
    }
    this.options.logger.options.destination.write({ level: 'info', label: 'page', message: 'rendered ' + request.url });
    const styles = this.internals.pagesByKeys.get('page-key:' + routeData.route).styles;
    const body = JSON.stringify({ url: request.url, styles, scripts: this.options.settings.scripts, text: 'Из колонии' });
    return new Response(body, { status: 200, headers: { 'content-type': 'text/html', 'x-rendered': 'worker' } });
  },
};
`;

function writeBundle(code = BUNDLE): string {
  const file = join(mkdtempSync(join(tmpdir(), 'colony-render-threads-')), 'prerender-entry.test.mjs');
  writeFileSync(file, code);
  return file;
}

/** Astro's default prerenderer after its setup: the app it loaded, rendering on the main thread. */
function mainThread(logs: unknown[], app: DefaultApp | undefined = defaultApp(logs)): AstroPrerenderer & { app?: DefaultApp } {
  return {
    name: 'astro:default',
    app,
    getStaticPaths: async () => [],
    render: async (request) => new Response(`main thread: ${request.url}`),
  };
}

function defaultApp(
  logs: unknown[],
  scripts: Array<{ stage: string; content?: string }> = [{ stage: 'head-inline', content: 'x' }],
  concurrency = 8,
): DefaultApp {
  return {
    manifest: { routes: ROUTES.map((routeData) => ({ routeData })) },
    getOptions: () => ({
      allPages: Object.fromEntries(
        ROUTES.map((r) => [r.route, { key: `page-key:${r.route}`, styles: [{ sheet: { type: 'external', src: `/_astro${r.route}.css` } }] }]),
      ),
      settings: { scripts, config: { build: { concurrency } } },
      logger: { options: { destination: { write: (event: unknown) => logs.push(event) } } },
    }),
  };
}

function integrationLogger(): AstroIntegrationLogger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m: string) => lines.push(`info ${m}`), warn: (m: string) => lines.push(`warn ${m}`) } as unknown as AstroIntegrationLogger & {
    lines: string[];
  };
}

const request = (path: string) => new Request(`https://colony.example${path}`);
/** What Astro does with a prerenderer's answer: a Response, or the one inside a result with metadata. */
const rendered = async (result: Promise<Response | { response: Response }>) => {
  const r = await result;
  return r instanceof Response ? r : r.response;
};
const started: AstroPrerenderer[] = [];
afterEach(async () => {
  for (const p of started.splice(0)) await p.teardown?.();
});

/** `entry` null: the bundle's file was never recorded. */
async function start(threads = 1, logs: unknown[] = [], fallback = mainThread(logs), entry: string | null = writeBundle()) {
  const logger = integrationLogger();
  const prerenderer = threadedPrerenderer(fallback, () => entry ?? undefined, threads, logger);
  started.push(prerenderer);
  await prerenderer.setup!();
  return { prerenderer, logger, logs };
}

describe('rendering threads', () => {
  it('render a page on a worker: its status, headers and bytes, its stylesheets, and its log lines on the main thread', async () => {
    const { prerenderer, logger, logs } = await start();
    expect(logger.lines).toEqual(['info rendering on 1 thread beside the main one']);
    const response = await rendered(prerenderer.render(request('/claims/x/'), { routeData: PAGE as never }));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-rendered')).toBe('worker');
    expect(await response.json()).toEqual({
      url: 'https://colony.example/claims/x/',
      styles: [{ sheet: { type: 'external', src: '/_astro/[id].css' } }],
      scripts: [{ stage: 'head-inline', content: 'x' }],
      text: 'Из колонии',
    });
    expect(logs).toEqual([{ level: 'info', label: 'page', message: 'rendered https://colony.example/claims/x/' }]);
  });

  it('give a page read as Astro reads it, by arrayBuffer, the UTF-8 bytes the thread rendered, once', async () => {
    const { prerenderer } = await start();
    const response = await rendered(prerenderer.render(request('/claims/x/'), { routeData: PAGE as never }));
    expect(response).toBeInstanceOf(Response);
    expect(response.body).not.toBeNull();
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await response.arrayBuffer());
    expect(JSON.parse(text)).toMatchObject({ url: 'https://colony.example/claims/x/', text: 'Из колонии' });
    expect(response.bodyUsed).toBe(true);
    await expect(response.arrayBuffer()).rejects.toThrow(TypeError);
  });

  it('share the pages between threads and answer each request with its own page', async () => {
    const logs: unknown[] = [];
    const { prerenderer } = await start(2, logs, mainThread(logs, defaultApp(logs, [], 24)));
    const paths = Array.from({ length: 12 }, (_, i) => `/p${i}/`);
    const bodies = await Promise.all(
      paths.map(async (p) => ((await (await rendered(prerenderer.render(request(p), { routeData: PAGE as never }))).json()) as { url: string }).url),
    );
    expect(bodies).toEqual(paths.map((p) => `https://colony.example${p}`));
  });

  it('render on the main thread the pages that come while every thread holds half of those Astro keeps in flight', async () => {
    const logs: unknown[] = [];
    const { prerenderer, logger } = await start(1, logs, mainThread(logs, defaultApp(logs, [], 4)));
    const pages = await Promise.all(
      ['/a/', '/b/', '/c/'].map(async (p) => (await rendered(prerenderer.render(request(p), { routeData: PAGE as never }))).text()),
    );
    expect(pages.map((body) => (body.startsWith('main thread') ? 'main' : 'thread'))).toEqual(['thread', 'thread', 'main']);
    await prerenderer.teardown!();
    expect(logger.lines.at(-1)).toBe('info rendered 2 pages on threads, 1 on the main thread');
  });

  it('count a page as done once its thread has answered, though the main thread has not yet read the answer', async () => {
    const logs: unknown[] = [];
    const { prerenderer } = await start(1, logs, mainThread(logs, defaultApp(logs, [], 4)));
    const first = ['/a/', '/b/'].map((p) => rendered(prerenderer.render(request(p), { routeData: PAGE as never })));
    // The main thread stays busy, as it does while rendering a page of its own, until the
    // thread has finished both; their answers wait unread meanwhile.
    const deadline = Date.now() + 4000;
    while (prerenderer.pagesInHand() > 0) if (Date.now() > deadline) throw new Error('the thread still holds its pages');
    const third = await rendered(prerenderer.render(request('/c/'), { routeData: PAGE as never }));
    expect(await third.text()).not.toMatch(/^main thread/);
    expect(await Promise.all(first.map(async (page) => (await page).status))).toEqual([200, 200]);
  });

  it('fail the page with the error the page threw, its message and its hint', async () => {
    const { prerenderer } = await start();
    const failed = prerenderer.render(request('/boom/'), { routeData: BOOM as never });
    await expect(failed).rejects.toThrow('the page broke');
    await expect(failed).rejects.toMatchObject({ hint: 'look at the page' });
  });

  it('fail the pages in hand, not hang, when a thread exits', async () => {
    const { prerenderer } = await start();
    await expect(prerenderer.render(request('/exit/'), { routeData: EXIT as never })).rejects.toThrow('a rendering thread exited with code 3');
  });

  it('leave to the main thread a route the bundle does not list, and the incremental build', async () => {
    const { prerenderer } = await start();
    expect(await (await rendered(prerenderer.render(request('/elsewhere/'), { routeData: NOT_IN_BUNDLE as never }))).text()).toBe(
      'main thread: https://colony.example/elsewhere/',
    );
    expect(await (await rendered(prerenderer.render(request('/p/'), { routeData: PAGE as never, collectMetadata: true }))).text()).toBe(
      'main thread: https://colony.example/p/',
    );
  });

  it('render again on the main thread a page that asks for an optimised image, which only the main thread can list', async () => {
    const { prerenderer } = await start();
    expect(await (await rendered(prerenderer.render(request('/gate/'), { routeData: IMAGE as never }))).text()).toBe(
      'main thread: https://colony.example/gate/',
    );
  });

  it('stay off, with a warning, when Astro does not expose its app or the bundle file', async () => {
    const noApp = await start(1, [], mainThread([], {}));
    expect(noApp.logger.lines).toEqual(['warn rendering on the main thread: this Astro does not expose what rendering threads need']);
    expect(await (await rendered(noApp.prerenderer.render(request('/p/'), { routeData: PAGE as never }))).text()).toBe(
      'main thread: https://colony.example/p/',
    );
    const noEntry = await start(1, [], mainThread([]), null);
    expect(noEntry.logger.lines).toEqual(['warn rendering on the main thread: this Astro does not expose what rendering threads need']);
  });

  it('stay off when an integration adds a script to every page, which the threads are not given', async () => {
    const logs: unknown[] = [];
    const { logger } = await start(1, logs, mainThread(logs, defaultApp(logs, [{ stage: 'page' }])));
    expect(logger.lines).toEqual(['warn rendering on the main thread: an integration adds a script to every page']);
  });

  it('fail the build when a thread cannot load the bundle', async () => {
    const broken = writeBundle('throw new Error("the bundle is broken");');
    await expect(start(1, [], mainThread([]), broken)).rejects.toThrow('the bundle is broken');
  });
});
