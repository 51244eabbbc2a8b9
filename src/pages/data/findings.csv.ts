/** Open data: every published finding as CSV, RFC 4180 (README.md, "Open data"). */
import type { APIRoute } from 'astro';
import { loadSiteIndex } from '../../lib/site-index/load.ts';
import { findingRecords, findingsCsv } from '../../lib/output/open-data.ts';
import { pageUrls } from '../../lib/routing/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const body = findingsCsv(findingRecords(await loadSiteIndex(), pageUrls(site!)));
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
