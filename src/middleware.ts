/**
 * Every render runs in its page's language (src/lib/i18n/render-locale.ts), so url() gives
 * Russian pages Russian links. Astro renders a Russian page with the English page's code (i18n
 * fallback "rewrite", astro.config.mjs): the URL it gives is the English one, but
 * currentLocale is "ru".
 */
import { defineMiddleware } from 'astro:middleware';
import { inLocale } from './lib/i18n/render-locale.ts';
import { toLocale } from './lib/text/locales.ts';

export const onRequest = defineMiddleware((context, next) => inLocale(toLocale(context.currentLocale), next));
