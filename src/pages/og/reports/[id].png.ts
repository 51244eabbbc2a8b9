/** A report's social preview image (og:image): its title on the site's card, SVG rendered to PNG by sharp at build time. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import sharp from 'sharp';
import { isPublished } from '../../../schema/index.ts';
import { socialCardSvg } from '../../../lib/output/social-card.ts';
import { SITE_NAME } from '../../../config/site.ts';

export async function getStaticPaths() {
  const reports = await getCollection('reports', isPublished);
  return reports.map((r) => ({ params: { id: r.id }, props: { title: r.data.title } }));
}

export const GET: APIRoute = async ({ props }) => {
  const png = await sharp(Buffer.from(socialCardSvg({ kind: 'Report', title: props['title'] as string, siteName: SITE_NAME })))
    .png({ palette: true })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
