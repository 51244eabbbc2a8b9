/** The command line of `npm run new`: its flags, usage text and usage errors. */
import { parseArgs } from 'node:util';
import { CLAIMANT_KIND_IDS, ENTITY_KINDS, IDENTIFICATIONS, SOURCE_KINDS, STATUS_IDS } from '../../src/schema/index.ts';
import { nearest } from '../../src/lib/content/problem.ts';

export type Kind = 'report' | 'source' | 'claim' | 'entity';
export const KINDS: readonly Kind[] = ['report', 'source', 'claim', 'entity'];

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  content: { type: 'string' },
  file: { type: 'string' },
  id: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'no-input': { type: 'boolean' },
  // report
  title: { type: 'string' },
  sources: { type: 'string', multiple: true },
  summary: { type: 'string' },
  status: { type: 'string' },
  basis: { type: 'string' },
  claims: { type: 'string', multiple: true },
  published: { type: 'string' },
  topics: { type: 'string', multiple: true },
  // source
  outlet: { type: 'string' },
  kind: { type: 'string' },
  language: { type: 'string' },
  url: { type: 'string' },
  'archived-url': { type: 'string' },
  author: { type: 'string', multiple: true },
  'derived-from': { type: 'string' },
  'not-consulted': { type: 'boolean' },
  notes: { type: 'string' },
  // claim
  statement: { type: 'string' },
  source: { type: 'string', multiple: true },
  claimant: { type: 'string' },
  identification: { type: 'string' },
  role: { type: 'string' },
  'identity-note': { type: 'string' },
  date: { type: 'string' },
  'assessed-by': { type: 'string' },
  quote: { type: 'string' },
  // entity
  name: { type: 'string' },
  description: { type: 'string' },
  alias: { type: 'string', multiple: true },
  wrong: { type: 'string', multiple: true },
  'pseudonym-note': { type: 'string' },
  'part-of': { type: 'string' },
} as const;

export const USAGE = `usage:
  npm run new -- report --title "…" --sources id,id [--summary … --status … --basis … --claims id,id --published YYYY-MM-DD --id …]
  npm run new -- source --outlet … --title … --published YYYY[-MM[-DD]]|undated --kind ${SOURCE_KINDS.join('|')}
                        [--url … --archived-url … --language en --author … --derived-from id --not-consulted --notes … --file sources/x.yaml --id …]
  npm run new -- claim  --statement … --source id[,id] --status ${STATUS_IDS.join('|')}
                        [--claimant … --identification ${IDENTIFICATIONS.join('|')} --kind ${CLAIMANT_KIND_IDS.join('|')} --role … --identity-note … --date … --basis …
                         --assessed-by … --quote … --file claims/x.yaml --id …]
  npm run new -- entity --name … --kind ${ENTITY_KINDS.join('|')} --description … --source id[,id]
                        [--alias "Пригожин" --alias Prigojine --wrong "Prigogine@source-id" --pseudonym-note "Name changed by …" --part-of id
                         --file entities/x.yaml --id …]
common: --content DIR (default: $CONTENT_DIR or content)  --dry-run (print, write nothing)  --no-input (never ask)
In a terminal, missing values are asked for; otherwise the required flags must be given.`;

export class UsageError extends Error {}

export function parse() {
  try {
    return parseArgs({ options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const e = error as { code?: string; message: string };
    const unknown = /'(--?[^']+)'/.exec(e.message)?.[1];
    const guess = unknown ? nearest(unknown.replace(/^-+/, ''), Object.keys(OPTIONS), 1)[0] : undefined;
    throw new UsageError(`${e.message.split('. ')[0]}${guess ? ` (did you mean --${guess}?)` : ''}\n\n${USAGE}`);
  }
}

export const splitList = (values: readonly string[] | undefined) =>
  (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
