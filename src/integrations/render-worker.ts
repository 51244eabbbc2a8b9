/**
 * One rendering thread (src/integrations/render-threads.ts): loads the build's own prerender
 * bundle, the module Astro's default prerenderer loads on the main thread, and renders the pages
 * it is sent. Node runs this file as it is, so it holds only erasable TypeScript.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { routeKey, type DescribedError, type RenderRequest, type WorkerMessage, type WorkerSetup } from './render-protocol.ts';

interface PrerenderApp {
  manifest: { routes: Array<{ routeData: { route: string; component: string } }> };
  setInternals(internals: unknown): void;
  setOptions(options: unknown): void;
  render(request: Request, options: { routeData: unknown }): Promise<Response>;
}

const port = parentPort!;
const setup = workerData as WorkerSetup;

/**
 * An optimised image is listed for generation by a function Astro's Vite plugin puts on
 * globalThis in the main thread only. A page that asks for one here stops at this error and
 * is rendered again on the main thread, where the image is listed and its URL is the same.
 */
class ImageOnMainThread extends Error {}
(globalThis as { astroAsset?: unknown }).astroAsset = {
  addStaticImage() {
    throw new ImageOnMainThread('an optimised image is listed on the main thread');
  },
};
const needsMainThread = (error: unknown): boolean => error instanceof ImageOnMainThread || (error instanceof Error && needsMainThread(error.cause));

/** What the build's head elements need of Astro's internals: each page's stylesheets. */
function buildInternals() {
  return { pagesByKeys: new Map(setup.pages.map(([key, styles]) => [key, { styles }])), entrySpecifierToBundleMap: new Map() };
}

/** Astro's log lines from this thread go to the main thread's logger, in order with its own. */
const destination = {
  write(event: unknown): boolean {
    port.postMessage({ log: event } satisfies WorkerMessage);
    return true;
  },
};

function describe(error: unknown): DescribedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    try {
      extra[key] = structuredClone(value);
    } catch {
      extra[key] = String(value);
    }
  }
  return { ...extra, name: error.name, message: error.message, stack: error.stack };
}

try {
  const { app } = (await import(pathToFileURL(setup.entry).href)) as { app: PrerenderApp };
  app.setInternals(buildInternals());
  app.setOptions({ settings: { scripts: setup.scripts }, logger: { options: { destination } } });
  const routes = new Map(app.manifest.routes.map(({ routeData }) => [routeKey(routeData), routeData]));

  async function renderPage({ id, url, route }: RenderRequest): Promise<WorkerMessage> {
    try {
      const routeData = routes.get(route);
      if (!routeData) throw new Error(`no route ${route.replace('\0', ' for ')} in the prerender bundle`);
      const response = await app.render(new Request(url), { routeData });
      const body = response.body === null ? null : await response.arrayBuffer();
      return { id, status: response.status, statusText: response.statusText, headers: [...response.headers], body };
    } catch (error) {
      return needsMainThread(error) ? { id, onMainThread: true } : { id, error: describe(error) };
    }
  }
  async function render(request: RenderRequest): Promise<void> {
    const reply = await renderPage(request);
    // Counted before the answer is sent: the main thread reads the count to see how busy this
    // thread is, and must not see a page as still in hand once its answer is on the way.
    Atomics.add(setup.finished, 0, 1);
    port.postMessage(reply, 'body' in reply && reply.body ? [reply.body] : []);
  }
  port.on('message', (request: RenderRequest) => void render(request));
  port.postMessage({ ready: true } satisfies WorkerMessage);
} catch (error) {
  port.postMessage({ failed: describe(error) } satisfies WorkerMessage);
}
