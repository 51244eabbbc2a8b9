/** A claim's social preview image (og:image): its statement and status on the site's card, SVG rendered to PNG by sharp at build time. */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { loadSiteIndex } from '../../../lib/site-index/load.ts';
import { socialCardSvg } from '../../../lib/output/social-card.ts';
import { STATUSES } from '../../../lib/text/labels.ts';
import { SITE_NAME } from '../../../config/site.ts';

export async function getStaticPaths() {
  const site = await loadSiteIndex();
  return site.claims.map((c) => ({ params: { id: c.id }, props: { title: c.data.statement, status: c.data.status } }));
}

export const GET: APIRoute = async ({ props }) => {
  const s = STATUSES[props['status'] as keyof typeof STATUSES];
  const svg = socialCardSvg({ kind: 'Claim', title: props['title'] as string, status: `${s.symbol} ${s.label}`, siteName: SITE_NAME });
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
