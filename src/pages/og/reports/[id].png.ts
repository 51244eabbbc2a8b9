/** A report's social preview image (og:image): its title on the site's card, SVG rendered to PNG by sharp at build time. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { isPublished } from '../../../schema/index.ts';
import { drawCard } from '../../../lib/output/social-card.ts';
import { SITE_NAME } from '../../../config/site.ts';

/** Each title's card, asked for as soon as Astro lists the pages (below). */
const cards = new Map<string, Promise<Buffer>>();

function card(title: string): Promise<Buffer> {
  let png = cards.get(title);
  if (!png) {
    png = drawCard({ kind: 'Report', title, siteName: SITE_NAME });
    // A failure is reported where the card is awaited, in GET; not also as an unhandled rejection.
    png.catch(() => undefined);
    cards.set(title, png);
  }
  return png;
}

export async function getStaticPaths() {
  const reports = await getCollection('reports', isPublished);
  // Astro lists every route's pages before it renders any, so the cards are drawn in the
  // background while the HTML pages render, rather than after them (a thousand cards: ~20 s).
  for (const r of reports) void card(r.data.title);
  return reports.map((r) => ({ params: { id: r.id }, props: { title: r.data.title } }));
}

export const GET: APIRoute = async ({ props }) => {
  const png = await card(props['title'] as string);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
