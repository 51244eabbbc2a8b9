/** The reports feed: every published report, newest first, with absolute links under the base. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadSiteIndex } from '../lib/site-index/load.ts';
import { absoluteUrl } from '../lib/routing/url.ts';
import { routes } from '../lib/routing/routes.ts';

export async function GET(context: APIContext) {
  const site = await loadSiteIndex();
  const origin = context.site!;
  return rss({
    title: 'From Colony to Front',
    description: 'Reports on how Russia recruits prisoners to fight in Ukraine: what was reported, by whom, and how well each claim stands up.',
    site: absoluteUrl('/', origin),
    trailingSlash: true,
    items: site.reports.map((a) => ({
      title: a.data.title,
      description: a.data.summary,
      link: new URL(routes.report(a.id), origin).href,
      pubDate: new Date(`${a.data.published}T00:00:00Z`),
      categories: a.data.topics,
    })),
    customData: '<language>en-gb</language>',
  });
}
