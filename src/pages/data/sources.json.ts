/** Open data: every source record as JSON (format in README.md, "Open data"). */
import type { APIRoute } from 'astro';
import { loadSiteIndex } from '../../lib/site-index/load.ts';
import { sourceRecords, sourcesDocument, toJson } from '../../lib/output/open-data.ts';
import { pageUrls } from '../../lib/routing/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const urls = pageUrls(site!);
  const body = toJson(sourcesDocument(sourceRecords(await loadSiteIndex(), urls), urls));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
