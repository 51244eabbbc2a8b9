/** Open data: every published claim as JSON (format in README.md, "Open data"). */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { claimRecords, claimsDocument, toJson } from '../../lib/export.ts';
import { pageUrls } from '../../lib/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const urls = pageUrls(site!);
  const body = toJson(claimsDocument(claimRecords(await getSite(), urls), urls));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
