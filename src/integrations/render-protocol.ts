/** The messages between the build's main thread and its rendering threads (render-threads.ts). */

/** What a rendering thread starts with. */
export interface WorkerSetup {
  /** The prerender bundle's entry file. */
  entry: string;
  /** Each page's stylesheets, by Astro's page key (route and component). */
  pages: Array<[string, unknown]>;
  /** The scripts integrations add to pages. */
  scripts: unknown[];
  /** Where the thread counts the pages it has finished (one Int32 over a SharedArrayBuffer). */
  finished: Int32Array;
}

/** A page to render: its URL and its route. */
export interface RenderRequest {
  id: number;
  url: string;
  route: string;
}

/** An error as it crosses threads: its message, its stack and its own properties (hint, loc, …). */
export interface DescribedError {
  name: string;
  message: string;
  stack?: string | undefined;
  [key: string]: unknown;
}

type RenderReply =
  | { id: number; status: number; statusText: string; headers: Array<[string, string]>; body: ArrayBuffer | null }
  | { id: number; error: DescribedError }
  /** The page asked for an optimised image, which only Astro's main thread can list for generation. */
  | { id: number; onMainThread: true };

/** Everything a rendering thread sends: a page, a log line of Astro's, or how its start went. */
export type WorkerMessage = RenderReply | { log: unknown } | { ready: true } | { failed: DescribedError };

/** A route as both threads name it: its pattern and its component, joined by a NUL. */
export const routeKey = (route: { route: string; component: string }): string => `${route.route}\0${route.component}`;
