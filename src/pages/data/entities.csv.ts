/** Open data: every entity as CSV, RFC 4180 (README.md, "Open data"). */
import type { APIRoute } from 'astro';
import { loadEntityIndex } from '../../lib/site-index/load-entities.ts';
import { entitiesCsv, entityRecords } from '../../lib/output/entity-data.ts';
import { pageUrls } from '../../lib/routing/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const body = entitiesCsv(entityRecords(await loadEntityIndex(), pageUrls(site!)));
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
