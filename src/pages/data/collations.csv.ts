/** Open data: every variant of every collated copy, with its judgement, as CSV, RFC 4180 (README.md, "Open data"). */
import type { APIRoute } from 'astro';
import { loadSiteIndex } from '../../lib/site-index/load.ts';
import { collationRecords, collationsCsv } from '../../lib/output/collation-data.ts';
import { loadSiteCollations, recordType } from '../../lib/views/collation-site.ts';
import { pageUrls } from '../../lib/routing/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const index = await loadSiteIndex();
  const body = collationsCsv(collationRecords(loadSiteCollations(), pageUrls(site!), (id) => recordType(index, id)));
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
