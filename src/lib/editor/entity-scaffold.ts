/** `npm run new -- entity`: a valid entity record from a few answers (see scripts/new.ts). */
import { entitySchema } from '../../schema/index.ts';
import { chooseId, compact, refuse, unknownIds, validated } from './scaffold.ts';
import { normaliseName } from '../content/entity-names.ts';

export interface EntityAnswers {
  id?: string | undefined;
  name: string;
  kind: string;
  description: string;
  sources: string[];
  /** Other right spellings: the script is read from the letters, Cyrillic taken as Russian. */
  aliases: string[];
  /** Wrong spellings as "spelling@source-id". */
  wrong: string[];
  pseudonymNote?: string | undefined;
  partOf?: string | undefined;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

function nameEntry(name: string, extra: Record<string, unknown> = {}) {
  const cyrillic = CYRILLIC.test(name);
  return { name, script: cyrillic ? 'cyrillic' : 'latin', language: cyrillic ? 'ru' : 'en', ...extra };
}

export function buildEntity(
  answers: EntityAnswers,
  existing: { entityIds: ReadonlySet<string>; sourceIds: ReadonlySet<string>; names: ReadonlyMap<string, string> },
): { id: string; record: Record<string, unknown> } {
  const wrong = answers.wrong.map((w) => {
    const at = w.lastIndexOf('@');
    return at > 0 ? { name: w.slice(0, at).trim(), source: w.slice(at + 1).trim() } : { name: w.trim(), source: '' };
  });
  refuse([
    ...wrong.filter((w) => !w.source).map((w) => `--wrong: expected "spelling@source-id" (the source it appears in), found "${w.name}"`),
    ...unknownIds(answers.sources, existing.sourceIds, '--source', 'source'),
    ...unknownIds(wrong.map((w) => w.source).filter(Boolean), existing.sourceIds, '--wrong', 'source'),
    ...unknownIds(answers.partOf ? [answers.partOf] : [], existing.entityIds, '--part-of', 'entity'),
    // The check refuses a name two entities share; say so before writing anything.
    ...[answers.name, ...answers.aliases, ...wrong.map((w) => w.name)]
      .filter((n) => existing.names.has(normaliseName(n)))
      .map((n) => `"${n}" is already a name of the entity "${existing.names.get(normaliseName(n))}": add the spelling there, or name this one apart`),
  ]);
  const id = chooseId(answers.id, answers.name, existing.entityIds, 'entity');
  const record = compact({
    id,
    name: answers.name,
    kind: answers.kind,
    description: answers.description,
    pseudonym: answers.pseudonymNote ? true : undefined,
    pseudonymNote: answers.pseudonymNote,
    names: [...answers.aliases.map((a) => nameEntry(a)), ...wrong.map((w) => nameEntry(w.name, { wrong: true, source: w.source }))],
    sources: answers.sources,
    partOf: answers.partOf,
  });
  validated(entitySchema, record);
  return { id, record };
}
