/**
 * The language of the page being rendered. Astro renders up to eight pages at once, so the
 * language cannot be a module variable: the middleware (src/middleware.ts) runs each render in
 * an AsyncLocalStorage scope, and url() reads it through a hook on globalThis (url.ts is also
 * bundled for the browser, where node:async_hooks does not exist and every URL is English).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { RENDER_LOCALE_HOOK, type Locale } from '../text/locales.ts';

const storage = new AsyncLocalStorage<Locale>();

(globalThis as Record<symbol, unknown>)[RENDER_LOCALE_HOOK] = () => storage.getStore();

/** Runs fn with `locale` as the render's language (the middleware; tests). */
export function inLocale<T>(locale: Locale, fn: () => T): T {
  return storage.run(locale, fn);
}
