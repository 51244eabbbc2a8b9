/** Builds the new record from the answers, against the ids already in the content folder, and says where it goes. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/read-files.ts';
import { buildClaim, buildReport, buildSource } from '../../src/lib/editor/scaffold.ts';
import { appendYamlRecord } from '../../src/lib/editor/yaml-append.ts';
import { buildEntity } from '../../src/lib/editor/entity-scaffold.ts';
import { normaliseName } from '../../src/lib/content/entity-names.ts';
import { splitList, UsageError, type Kind } from './cli.ts';

/** A data file path inside content/<collection>/, given as "claims/x.yaml" or "x.yaml". */
function dataFile(contentDir: string, collection: 'sources' | 'claims' | 'entities', given: string | undefined): string {
  const name = given ?? `${collection}.yaml`;
  const inFolder = name.startsWith(`${collection}/`) ? name.slice(collection.length + 1) : name;
  if (!/^[^/\\]+\.ya?ml$/.test(inFolder))
    throw new UsageError(`--file: expected a .yaml file directly in ${collection}/ (e.g. ${collection}/2024.yaml), found "${name}"`);
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

export interface Planned {
  /** The file written: a new .mdx, or the data file the record is appended to. */
  target: string;
  write: () => { text: string; line: number };
  summary: string;
  /** Defaults chosen for the editor, said after writing. */
  notes: string[];
}

export function plan(kind: Kind, answers: Record<string, unknown>, root: string, contentDir: string): Planned {
  const values = answers as { file?: string; language?: string; 'not-consulted'?: boolean };
  const loaded = loadContent(root, contentDir);
  const idsOf = (records: Array<{ data: unknown }>) =>
    new Set(records.map((r) => (r.data as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string'));
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
      { reportIds: new Set(loaded.reports.map((a) => a.id)), sourceIds: idsOf(loaded.records.sources), claimIds: idsOf(loaded.records.claims) },
      new Date().toISOString().slice(0, 10),
    );
    target = join(contentDir, 'reports', `${built.id}.mdx`);
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
        return typeof d?.id === 'string'
          ? [
              [
                d.id,
                {
                  outlet: String(d.outlet ?? d.id),
                  published: d.published instanceof Date ? d.published.toISOString().slice(0, 10) : String(d.published ?? 'undated'),
                },
              ] as const,
            ]
          : [];
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
        kind: str('kind'),
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

  return { target, write, summary, notes };
}
