/**
 * npm run new -- <report|source|claim|entity> [--flag value …]
 * Scaffolds a valid record with a safe, unique id, checks it against the content schemas,
 * writes it, and says where. Asks for what is missing when run in a terminal.
 * `npm run new -- --help` lists the flags.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { ENTITY_KINDS, IDENTIFICATIONS, SOURCE_KINDS, STATUS_IDS } from '../src/schema/index.ts';
import { checkContent } from '../src/lib/content/check.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { formatProblem, nearest } from '../src/lib/content/problem.ts';
import { buildClaim, buildReport, buildSource, ScaffoldError } from '../src/lib/editor/scaffold.ts';
import { appendYamlRecord } from '../src/lib/editor/yaml-append.ts';
import { buildEntity } from '../src/lib/entities/scaffold.ts';
import { normaliseName } from '../src/lib/entities/normalise.ts';

type Kind = 'report' | 'source' | 'claim' | 'entity';

interface Field {
  flag: string;
  question: string;
  required?: boolean | ((values: Record<string, unknown>) => boolean);
  choices?: readonly string[];
  list?: boolean;
  /** Shown in the prompt; an empty answer keeps it. */
  fallback?: string;
}

const FIELDS: Record<Kind, Field[]> = {
  report: [
    { flag: 'title', question: 'Title', required: true },
    { flag: 'sources', question: 'Source ids, comma-separated', required: true, list: true },
    { flag: 'summary', question: 'Summary (one or two sentences)', fallback: 'a placeholder' },
    { flag: 'status', question: 'Verification status', choices: STATUS_IDS, fallback: 'reported' },
    { flag: 'basis', question: 'Why this status', fallback: 'a placeholder' },
    { flag: 'claims', question: 'Claim ids to list with it, comma-separated', list: true, fallback: 'none' },
  ],
  source: [
    { flag: 'outlet', question: 'Outlet (publisher)', required: true },
    { flag: 'title', question: 'Title, as published', required: true },
    { flag: 'published', question: 'Published (YYYY, YYYY-MM, YYYY-MM-DD or "undated")', required: true },
    { flag: 'kind', question: 'Kind', required: true, choices: SOURCE_KINDS },
    { flag: 'url', question: 'URL', fallback: 'none' },
    { flag: 'language', question: 'Language code', fallback: 'en' },
    { flag: 'derived-from', question: 'Source id it copies (for a republication, excerpt, translation or rewrite)', fallback: 'none' },
  ],
  claim: [
    { flag: 'statement', question: 'Statement, in our neutral words', required: true },
    { flag: 'source', question: 'Source ids, comma-separated', required: true, list: true },
    { flag: 'status', question: 'Status', required: true, choices: STATUS_IDS },
    { flag: 'claimant', question: 'Who made the claim, as published', fallback: 'the outlet of the first source' },
    // Only the default claimant (the outlet) is known to be an institution.
    { flag: 'identification', question: 'How the claimant is identified', choices: IDENTIFICATIONS, required: (v) => v.claimant !== undefined, fallback: 'institution' },
    { flag: 'identity-note', question: 'Who changed the name, and why if known (e.g. "Name changed by CNN")', required: (v) => v.identification === 'changed-name' },
    { flag: 'date', question: 'Date of the claim (YYYY, YYYY-MM or YYYY-MM-DD)', fallback: 'when the first source was published' },
    { flag: 'basis', question: 'Why this status', fallback: 'a placeholder (keeps it a draft)' },
  ],
  entity: [
    { flag: 'name', question: 'Name, in the English form the site uses', required: true },
    { flag: 'kind', question: 'Kind', required: true, choices: ENTITY_KINDS },
    { flag: 'description', question: 'Who or what it is, in one line of our own words', required: true },
    { flag: 'source', question: 'Source ids that establish who or what it is, comma-separated', required: true, list: true },
    { flag: 'alias', question: 'Another spelling, e.g. the Cyrillic (more with --alias)', list: true, fallback: 'none' },
  ],
};

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

const USAGE = `usage:
  npm run new -- report --title "…" --sources id,id [--summary … --status … --basis … --claims id,id --published YYYY-MM-DD --id …]
  npm run new -- source --outlet … --title … --published YYYY[-MM[-DD]]|undated --kind ${SOURCE_KINDS.join('|')}
                        [--url … --archived-url … --language en --author … --derived-from id --not-consulted --notes … --file sources/x.yaml --id …]
  npm run new -- claim  --statement … --source id[,id] --status ${STATUS_IDS.join('|')}
                        [--claimant … --identification ${IDENTIFICATIONS.join('|')} --role … --identity-note … --date … --basis …
                         --assessed-by … --quote … --file claims/x.yaml --id …]
  npm run new -- entity --name … --kind ${ENTITY_KINDS.join('|')} --description … --source id[,id]
                        [--alias "Пригожин" --alias Prigojine --wrong "Prigogine@source-id" --pseudonym-note "Name changed by …" --part-of id
                         --file entities/x.yaml --id …]
common: --content DIR (default: $CONTENT_DIR or content)  --dry-run (print, write nothing)  --no-input (never ask)
In a terminal, missing values are asked for; otherwise the required flags must be given.`;

class UsageError extends Error {}

function fail(message: string, code = 2): never {
  process.stderr.write(`npm run new: ${message}\n`);
  process.exit(code);
}

function parse() {
  try {
    return parseArgs({ options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const e = error as { code?: string; message: string };
    const unknown = /'(--?[^']+)'/.exec(e.message)?.[1];
    const guess = unknown ? nearest(unknown.replace(/^-+/, ''), Object.keys(OPTIONS), 1)[0] : undefined;
    throw new UsageError(`${e.message.split('. ')[0]}${guess ? ` (did you mean --${guess}?)` : ''}\n\n${USAGE}`);
  }
}

const splitList = (values: readonly string[] | undefined) => (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);

async function ask(kind: Kind, values: Record<string, unknown>, interactive: boolean): Promise<void> {
  const has = (f: Field) => values[f.flag] !== undefined && !(Array.isArray(values[f.flag]) && (values[f.flag] as unknown[]).length === 0);
  const isRequired = (f: Field) => (typeof f.required === 'function' ? f.required(values) : f.required === true);
  const missing = FIELDS[kind].filter((f) => isRequired(f) && !has(f));
  if (!interactive) {
    if (missing.length) {
      throw new UsageError(`missing ${missing.map((f) => `--${f.flag}`).join(', ')} for a ${kind}; stdin is not a terminal, so nothing can be asked.\n\n${USAGE}`);
    }
    return;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    for (const field of FIELDS[kind]) {
      if (has(field)) continue;
      const choices = field.choices ? ` [${field.choices.join(', ')}]` : '';
      const fallback = field.fallback && !isRequired(field) ? ` (Enter: ${field.fallback})` : '';
      for (;;) {
        const answer = (await rl.question(`${field.question}${choices}${fallback}: `)).trim();
        if (!answer) {
          if (isRequired(field)) continue;
          break;
        }
        if (field.choices && !field.choices.includes(answer)) {
          process.stdout.write(`  expected one of: ${field.choices.join(', ')}\n`);
          continue;
        }
        values[field.flag] = field.list ? [answer] : answer;
        break;
      }
    }
  } finally {
    rl.close();
  }
}

/** A data file path inside content/<collection>/, given as "claims/x.yaml" or "x.yaml". */
function dataFile(contentDir: string, collection: 'sources' | 'claims' | 'entities', given: string | undefined): string {
  const name = given ?? `${collection}.yaml`;
  const inFolder = name.startsWith(`${collection}/`) ? name.slice(collection.length + 1) : name;
  if (!/^[^/\\]+\.ya?ml$/.test(inFolder)) throw new UsageError(`--file: expected a .yaml file directly in ${collection}/ (e.g. ${collection}/2024.yaml), found "${name}"`);
  return join(contentDir, collection, inFolder);
}

/** Every name already given to an entity, normalised, with its entity's id (from the raw records: the check reports invalid ones). */
function entityNameOwners(records: Array<{ data: unknown }>): Map<string, string> {
  const owners = new Map<string, string>();
  for (const r of records) {
    const d = r.data as { id?: unknown; name?: unknown; names?: Array<{ name?: unknown }> } | null;
    if (typeof d?.id !== 'string') continue;
    for (const n of [d.name, ...(Array.isArray(d.names) ? d.names.map((x) => x?.name) : [])]) if (typeof n === 'string') owners.set(normaliseName(n), d.id);
  }
  return owners;
}

async function main(): Promise<void> {
  const { values, positionals } = parse();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const kind = positionals[0] as Kind | undefined;
  if (!kind || !(kind in FIELDS) || positionals.length > 1) {
    const guess = kind ? nearest(kind, Object.keys(FIELDS), 1)[0] : undefined;
    throw new UsageError(`expected what to create: report, source, claim or entity${kind ? `, found "${positionals.join(' ')}"${guess ? ` (did you mean ${guess}?)` : ''}` : ''}\n\n${USAGE}`);
  }
  const answers = values as Record<string, unknown>;
  await ask(kind, answers, !values['no-input'] && process.stdin.isTTY === true && process.stdout.isTTY === true);

  const root = process.cwd();
  const contentDir = resolve(root, values.content ?? process.env.CONTENT_DIR ?? 'content');
  if (!existsSync(contentDir)) throw new UsageError(`expected a content folder at ${relative(root, contentDir) || '.'}, found none`);
  const loaded = loadContent(root, contentDir);
  const idsOf = (records: Array<{ data: unknown }>) => new Set(records.map((r) => (r.data as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string'));
  const str = (flag: string) => answers[flag] as string | undefined;

  let target: string;
  let write: () => { text: string; line: number };
  let summary: string;
  let notes: string[] = [];
  if (kind === 'report') {
    const built = buildReport(
      {
        id: str('id'),
        title: str('title')!,
        sources: splitList(answers.sources as string[]),
        summary: str('summary'),
        status: str('status'),
        basis: str('basis'),
        claims: splitList(answers.claims as string[]),
        topics: splitList(answers.topics as string[]),
        published: str('published'),
      },
      { reportIds: new Set(loaded.articles.map((a) => a.id)), sourceIds: idsOf(loaded.records.sources), claimIds: idsOf(loaded.records.claims) },
      new Date().toISOString().slice(0, 10),
    );
    target = join(contentDir, 'articles', `${built.id}.mdx`);
    write = () => ({ text: built.text, line: 1 });
    summary = `report "${built.id}" (a draft)`;
  } else if (kind === 'source') {
    const built = buildSource(
      {
        id: str('id'),
        outlet: str('outlet')!,
        title: str('title')!,
        published: str('published')!,
        kind: str('kind')!,
        language: str('language'),
        url: str('url'),
        archivedUrl: str('archived-url'),
        authors: (answers.author as string[] | undefined) ?? [],
        derivedFrom: str('derived-from'),
        consulted: values['not-consulted'] ? false : undefined,
        notes: str('notes'),
      },
      { sourceIds: idsOf(loaded.records.sources) },
    );
    target = dataFile(contentDir, 'sources', values.file);
    write = () => appendYamlRecord(existsSync(target) ? readFileSync(target, 'utf8') : null, built.record);
    summary = `source "${built.id}"`;
    if (!values.language) notes.push(`language: ${String(built.record.language)} (guessed from the title; --language to change)`);
  } else if (kind === 'entity') {
    const built = buildEntity(
      {
        id: str('id'),
        name: str('name')!,
        kind: str('kind')!,
        description: str('description')!,
        sources: splitList(answers.source as string[]),
        // One --alias per name: a name may itself contain a comma.
        aliases: ((answers.alias as string[] | undefined) ?? []).map((a) => a.trim()).filter(Boolean),
        wrong: (answers.wrong as string[] | undefined) ?? [],
        pseudonymNote: str('pseudonym-note'),
        partOf: str('part-of'),
      },
      { entityIds: idsOf(loaded.records.entities), sourceIds: idsOf(loaded.records.sources), names: entityNameOwners(loaded.records.entities) },
    );
    target = dataFile(contentDir, 'entities', values.file);
    write = () => appendYamlRecord(existsSync(target) ? readFileSync(target, 'utf8') : null, built.record);
    summary = `entity "${built.id}"`;
  } else {
    const sources = new Map(
      loaded.records.sources.flatMap((r) => {
        const d = r.data as { id?: unknown; outlet?: unknown; published?: unknown } | null;
        return typeof d?.id === 'string' ? [[d.id, { outlet: String(d.outlet ?? d.id), published: d.published instanceof Date ? d.published.toISOString().slice(0, 10) : String(d.published ?? 'undated') }] as const] : [];
      }),
    );
    const built = buildClaim(
      {
        id: str('id'),
        statement: str('statement')!,
        sources: splitList(answers.source as string[]),
        status: str('status')!,
        claimant: str('claimant'),
        identification: str('identification'),
        role: str('role'),
        identityNote: str('identity-note'),
        date: str('date'),
        basis: str('basis'),
        assessedBy: str('assessed-by'),
        quote: str('quote'),
      },
      { claimIds: idsOf(loaded.records.claims), sources },
    );
    target = dataFile(contentDir, 'claims', values.file);
    write = () => appendYamlRecord(existsSync(target) ? readFileSync(target, 'utf8') : null, built.record);
    summary = `claim "${built.id}"${built.record.draft ? ' (a draft)' : ''}`;
    notes = built.defaults;
  }

  const { text, line } = write();
  const shown = relative(root, target).split(sep).join('/');
  if (values['dry-run']) {
    process.stdout.write(`would write ${summary} to ${shown}:${line}\n\n${kind === 'report' ? text : text.split('\n').slice(line - 1).join('\n')}`.replace(/\n?$/, '\n'));
    return;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  process.stdout.write(`wrote ${summary} to ${shown}:${line}\n`);
  for (const note of notes) process.stdout.write(`  default ${note}\n`);
  if (text.includes('TODO:')) process.stdout.write('  next: replace each "TODO:" and remove "draft: true" when it is ready; `npm run check` refuses a published record with a placeholder\n');

  // The record is valid on its own; say so if anything else in its file now stands out.
  const problems = checkContent({ root, contentDir }).problems.filter((p) => resolve(root, p.file) === target);
  if (problems.length) process.stdout.write(`  npm run check reports, in this file:\n${problems.map((p) => `    ${formatProblem(p)}`).join('\n')}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) fail(error.message);
  if (error instanceof ScaffoldError) fail(`nothing written:\n${error.reasons.map((r) => `  ${r}`).join('\n')}`, 1);
  fail(error instanceof Error ? error.message : String(error), 1);
});
