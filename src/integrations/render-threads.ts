/**
 * Pages rendered on worker threads, through Astro's prerenderer API (`setPrerenderer` in
 * astro:build:start).
 *
 * Why: Astro renders a static site's pages one at a time on one thread, and at the benchmark's
 * 48,000 pages that thread was the build's longest phase while the other core did little but
 * write files. Astro still lists the pages and writes every file; the rendering moves to worker
 * threads (render-worker.ts), each of which loads the same prerender bundle that Astro's default
 * prerenderer loads on the main thread, and the main thread renders what they cannot take in
 * time. On two cores Astro's part of the bench's build took about a tenth less
 * (docs/PERFORMANCE.md, 6 December 2026, night); the more cores, the more it saves.
 *
 * The workers need two things Astro keeps to itself: the bundle's entry file (recorded here by
 * a Vite plugin as the bundle is written) and each page's stylesheets (Astro's page data, which
 * the default prerenderer's app exposes after its setup). Without either, as with a later Astro
 * of another shape, or for what the workers are not given (a script an integration adds to
 * every page, the incremental build's metadata, a route the bundle does not list), pages are
 * rendered on the main thread as before: slower, never different. A build test holds the two
 * ways to the same bytes (tests/build/render-threads.test.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { routeKey, type DescribedError, type RenderRequest, type WorkerMessage, type WorkerSetup } from './render-protocol.ts';

/** A page as a prerenderer gives it: a Response, or one with the incremental build's metadata. */
type Rendered = Awaited<ReturnType<AstroPrerenderer['render']>>;

const WORKER = new URL('./render-worker.ts', import.meta.url);

/**
 * One fewer than the cores, for the main thread, which writes the files; at most four, since
 * each worker holds its own copy of the content (about 0.5 GiB at the benchmark's size).
 */
const defaultThreads = (): number => Math.min(4, availableParallelism() - 1);

/** What the default prerenderer's app offers after its setup (astro/dist/core/build/app.js). */
export interface DefaultApp {
  manifest?: { routes?: Array<{ routeData: { route: string; component: string } }> };
  getOptions?(): {
    allPages: Record<string, { key: string; styles: unknown }>;
    settings: { scripts: Array<{ stage: string }>; config: { build: { concurrency: number } } };
    logger: { options: { destination: { write(event: unknown): unknown } } };
  };
}

/**
 * A page from a rendering thread: a Response over the bytes the thread handed over. Astro reads
 * a page with arrayBuffer(), which gets those bytes as they are; a Response made from them would
 * copy them on the way in and read them back through a stream (about 30 µs a page, on the
 * thread that also writes every file). Read any other way, it is an ordinary Response.
 */
class RenderedPage extends Response {
  readonly #bytes: ArrayBuffer;

  constructor(bytes: ArrayBuffer, init: ResponseInit) {
    super(
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new Uint8Array(bytes));
          controller.close();
        },
      }),
      init,
    );
    this.#bytes = bytes;
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    if (this.bodyUsed || !this.body) return super.arrayBuffer();
    // Consumed, as reading it the usual way would leave it.
    void this.body.cancel();
    return Promise.resolve(this.#bytes);
  }
}

/** An error from a worker as an Error again, with what Astro's error display reads (hint, loc, …). */
function toError(described: DescribedError): Error {
  const { name, message, stack, ...extra } = described;
  return Object.assign(new Error(message), extra, { name, stack });
}

class RenderThread {
  private readonly worker: Worker;
  private readonly pending = new Map<
    number,
    { resolve: (r: Rendered | Promise<Rendered>) => void; reject: (e: Error) => void; onMainThread: () => Promise<Rendered> }
  >();
  private stopping = false;
  /** Pages sent, and (counted by the thread itself) pages it has finished. */
  private sent = 0;
  private readonly finished = new Int32Array(new SharedArrayBuffer(4));
  readonly ready: Promise<void>;

  constructor(setup: Omit<WorkerSetup, 'finished'>, log: (event: unknown) => void) {
    this.worker = new Worker(WORKER, { workerData: { ...setup, finished: this.finished } satisfies WorkerSetup });
    this.ready = new Promise((resolve, reject) => {
      const fail = (error: Error) => {
        reject(error);
        for (const waiting of this.pending.values()) waiting.reject(error);
        this.pending.clear();
      };
      this.worker.on('message', (message: WorkerMessage) => {
        if ('log' in message) return log(message.log);
        if ('ready' in message) return resolve();
        if ('failed' in message) return fail(toError(message.failed));
        const waiting = this.pending.get(message.id);
        if (!waiting) return;
        this.pending.delete(message.id);
        if ('error' in message) waiting.reject(toError(message.error));
        else if ('onMainThread' in message) waiting.resolve(waiting.onMainThread());
        else {
          const init = { status: message.status, statusText: message.statusText, headers: message.headers };
          waiting.resolve(message.body ? new RenderedPage(message.body, init) : new Response(null, init));
        }
      });
      this.worker.on('error', fail);
      // A worker that dies without an error (out of memory, process.exit in a page) must not
      // leave the build waiting for pages that will never come.
      this.worker.on('exit', (code) => {
        if (!this.stopping) fail(new Error(`a rendering thread exited with code ${code}`));
      });
    });
    this.ready.catch(() => undefined);
  }

  /**
   * The pages the thread has yet to finish. Not those whose answer waits for the main thread:
   * while it renders a page of its own, answers queue up, and counting them would make a thread
   * with nothing to do look full.
   */
  get load(): number {
    return this.sent - Atomics.load(this.finished, 0);
  }

  /** `onMainThread` renders the page instead when the thread cannot (an optimised image). */
  render(request: RenderRequest, onMainThread: () => Promise<Rendered>): Promise<Rendered> {
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject, onMainThread });
      this.sent++;
      this.worker.postMessage(request);
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.worker.terminate();
  }
}

/**
 * A prerenderer that renders on `threads` workers and leaves the rest to `fallback`, Astro's
 * default prerenderer. `entry` gives the prerender bundle's entry file once it is written.
 */
export function threadedPrerenderer(
  fallback: AstroPrerenderer & { app?: DefaultApp },
  entry: () => string | undefined,
  threads: number,
  logger: AstroIntegrationLogger,
): AstroPrerenderer & { pagesInHand(): number } {
  let pool: RenderThread[] = [];
  let known = new Set<string>();
  let next = 0;
  /** Pages a thread may hold before the main thread renders the next one itself. */
  let mainShareAt = Infinity;
  const counts = { threads: 0, main: 0 };
  const renderOnMain: AstroPrerenderer['render'] = (...args) => {
    counts.main++;
    return fallback.render(...args);
  };
  return {
    name: 'colony:render-threads',
    async setup() {
      await fallback.setup?.();
      const app = fallback.app;
      const options = app?.getOptions?.();
      const file = entry();
      if (!options || !file || !app?.manifest?.routes)
        return logger.warn('rendering on the main thread: this Astro does not expose what rendering threads need');
      if (options.settings.scripts.some((s) => s.stage === 'page'))
        return logger.warn('rendering on the main thread: an integration adds a script to every page');
      const setup: Omit<WorkerSetup, 'finished'> = {
        entry: file,
        pages: Object.values(options.allPages).map((page) => [page.key, page.styles]),
        scripts: options.settings.scripts,
      };
      const destination = options.logger.options.destination;
      mainShareAt = Math.max(1, Math.floor(options.settings.config.build.concurrency / 2));
      known = new Set(app.manifest.routes.map(({ routeData }) => routeKey(routeData)));
      pool = Array.from({ length: threads }, () => new RenderThread(setup, (event) => destination.write(event)));
      try {
        await Promise.all(pool.map((thread) => thread.ready));
      } catch (error) {
        await Promise.all(pool.map((thread) => thread.stop()));
        pool = [];
        throw error;
      }
      logger.info(`rendering on ${threads} thread${threads === 1 ? '' : 's'} beside the main one`);
    },
    getStaticPaths: () => fallback.getStaticPaths(),
    /** Pages the threads have yet to finish: what decides the main thread's share. */
    pagesInHand: () => pool.reduce((sum, thread) => sum + thread.load, 0),
    render(request, options) {
      const route = routeKey(options.routeData);
      if (!pool.length || options.collectMetadata || !known.has(route)) return fallback.render(request, options);
      // Astro keeps build.concurrency pages in flight. A thread takes them until it has half of
      // them yet to finish; the rest render on the main thread, which otherwise waits between
      // writing files (with one thread on two cores and 16 in flight, about a fifth of them).
      const thread = pool.reduce((a, b) => (b.load < a.load ? b : a));
      if (thread.load >= mainShareAt) return renderOnMain(request, options);
      counts.threads++;
      return thread.render({ id: next++, url: request.url, route }, () => {
        counts.threads--;
        return renderOnMain(request, options);
      });
    },
    async teardown() {
      if (pool.length) logger.info(`rendered ${counts.threads} pages on threads, ${counts.main} on the main thread`);
      await Promise.all(pool.map((thread) => thread.stop()));
      pool = [];
      await fallback.teardown?.();
    },
  };
}

/** `threads`: how many rendering threads; 0 renders on the main thread only, as Astro does. */
export default function renderThreads(options: { threads?: number } = {}): AstroIntegration {
  let entry: string | undefined;
  return {
    name: 'colony:render-threads',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'colony:prerender-entry',
                writeBundle(output, bundle) {
                  if (this.environment.name !== 'prerender' || !output.dir) return;
                  const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry && c.fileName.startsWith('prerender-entry'));
                  if (chunk) entry = join(output.dir, chunk.fileName);
                },
              },
            ],
          },
        });
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        const threads = options.threads ?? defaultThreads();
        if (threads >= 1) setPrerenderer((fallback) => threadedPrerenderer(fallback, () => entry, threads, logger));
      },
    },
  };
}
