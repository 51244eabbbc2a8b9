/** Open data: every variant of every collated copy, with its judgement, as JSON (README.md, "Open data"). */
import type { APIRoute } from 'astro';
import { loadSiteIndex } from '../../lib/site-index/load.ts';
import { collationRecords, collationsDocument } from '../../lib/output/collation-data.ts';
import { loadSiteCollations, recordType } from '../../lib/views/collation-site.ts';
import { toJson } from '../../lib/output/open-data.ts';
import { pageUrls } from '../../lib/routing/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const index = await loadSiteIndex();
  const urls = pageUrls(site!);
  const body = toJson(
    collationsDocument(
      collationRecords(loadSiteCollations(), urls, (id) => recordType(index, id)),
      urls,
    ),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
