/** /data/labels.json: the open data's enumerated values with their labels in English and Russian. */
import { openDataLabels } from '../../lib/i18n/labels-data.ts';

export function GET() {
  return new Response(JSON.stringify(openDataLabels(), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
