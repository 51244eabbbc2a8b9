/** The names the search page suggests when a search comes up short ("did you mean"), written at build time. */
import type { APIRoute } from 'astro';
import { loadEntityIndex } from '../../lib/site-index/load-entities.ts';
import { nameEntries } from '../../lib/search/did-you-mean.ts';

export const GET: APIRoute = async () => {
  const body = JSON.stringify(nameEntries((await loadEntityIndex()).entities));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
