/** The reports feed: every published report, newest first, with absolute links under the base. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadSiteIndex } from '../lib/site-index/load.ts';
import { absoluteUrl } from '../lib/routing/url.ts';
import { routes } from '../lib/routing/routes.ts';
import { t } from '../lib/i18n/messages.ts';
import { currentLocale, LOCALE_TAGS } from '../lib/text/locales.ts';

export async function GET(context: APIContext) {
  // The Russian feed (src/pages/ru/rss.xml.ts) runs this in Russian: titles, summaries and links of that edition.
  const locale = currentLocale();
  const site = await loadSiteIndex();
  const origin = context.site!;
  return rss({
    title: t(locale, 'site.name'),
    description: t(locale, 'site.feedDescription'),
    site: absoluteUrl('/', origin),
    trailingSlash: true,
    items: site.reports.map((a) => ({
      title: a.data.title,
      description: a.data.summary,
      link: new URL(routes.report(a.id), origin).href,
      pubDate: new Date(`${a.data.published}T00:00:00Z`),
      categories: a.data.topics,
    })),
    customData: `<language>${locale === 'en' ? 'en-gb' : LOCALE_TAGS[locale]}</language>`,
  });
}
