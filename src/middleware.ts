/**
 * Every render runs in its page's language (src/lib/i18n/render-locale.ts), so url() gives
 * Russian pages Russian links. A Russian page is the English page's component at a /ru/ route
 * (src/integrations/editions.ts); Astro reads currentLocale "ru" from that route.
 */
import { defineMiddleware } from 'astro:middleware';
import { inLocale } from './lib/i18n/render-locale.ts';
import { toLocale } from './lib/text/locales.ts';

export const onRequest = defineMiddleware((context, next) => inLocale(toLocale(context.currentLocale), next));
