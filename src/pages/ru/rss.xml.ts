/** The Russian reports feed: the English feed's code, run in Russian (translated titles and summaries, /ru/ links). */
import type { APIContext } from 'astro';
import { inLocale } from '../../lib/i18n/render-locale.ts';
import { GET as feed } from '../rss.xml.ts';

export const GET = (context: APIContext) => inLocale('ru', () => feed(context));
