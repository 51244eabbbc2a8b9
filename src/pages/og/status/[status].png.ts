/**
 * A claim's social preview image (og:image): one card per status, with its symbol, name and
 * definition, SVG rendered to PNG by sharp at build time. One card per status rather than per
 * claim: a card per claim cost about 20 ms and 68 KB each, which at the benchmark's 20,000
 * claims would add minutes to the build and over a gigabyte to the output.
 */
import type { APIRoute } from 'astro';
import { drawCard } from '../../../lib/output/social-card.ts';
import { STATUS_LIST } from '../../../lib/text/labels.ts';
import { SITE_NAME } from '../../../config/site.ts';

export function getStaticPaths() {
  return STATUS_LIST.map((s) => ({ params: { status: s.id }, props: { title: s.definition, status: `${s.symbol} ${s.label}` } }));
}

export const GET: APIRoute = async ({ props }) => {
  const png = await drawCard({ kind: 'Claim', title: props['title'] as string, status: props['status'] as string, siteName: SITE_NAME });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
