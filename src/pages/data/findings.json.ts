/** Open data: every published finding (the project's own observations) as JSON (README.md, "Open data"). */
import type { APIRoute } from 'astro';
import { loadSiteIndex } from '../../lib/site-index/load.ts';
import { findingRecords, findingsDocument, toJson } from '../../lib/output/open-data.ts';
import { pageUrls } from '../../lib/routing/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const urls = pageUrls(site!);
  const body = toJson(findingsDocument(findingRecords(await loadSiteIndex(), urls), urls));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
