/** Open data: every entity (person, organisation, unit, institution, place) as JSON (README.md, "Open data"). */
import type { APIRoute } from 'astro';
import { loadEntityIndex } from '../../lib/site-index/load-entities.ts';
import { entitiesDocument, entityRecords } from '../../lib/output/entity-data.ts';
import { toJson } from '../../lib/output/open-data.ts';
import { pageUrls } from '../../lib/routing/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const urls = pageUrls(site!);
  const body = toJson(entitiesDocument(entityRecords(await loadEntityIndex(), urls), urls.home));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
