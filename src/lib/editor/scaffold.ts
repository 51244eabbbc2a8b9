/**
 * The pure half of `npm run new`: ids, records and report files built from an editor's answers
 * and checked against the same schemas as the content check, before anything is written.
 */
import slugify from '@sindresorhus/slugify';
import { stringify } from 'yaml';
import type { z } from 'zod';
import { reportSchema, CLAIMANT_KIND_IDS, claimSchema, IDENTIFICATIONS, SLUG_PATTERN, sourceSchema, STATUS_IDS, type Source } from '../../schema/index.ts';
import { issuesToProblems } from '../content/validate.ts';
import { nearest, type Problem } from '../content/problem.ts';
import { PLACEHOLDER } from '../content/placeholders.ts';

/** Ids stay readable in a URL: at most this many characters, cut at a word boundary. */
const MAX_ID_LENGTH = 60;

/** A URL-safe id from any text, transliterating Cyrillic and accents ("Медиазона" → "mediazona"). */
export function makeSlug(text: string, maxLength = MAX_ID_LENGTH): string {
  const full = slugify(text, { decamelize: false });
  if (full.length <= maxLength) return full;
  const cut = full.slice(0, maxLength + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : full.slice(0, maxLength)).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export class ScaffoldError extends Error {
  readonly reasons: string[];
  constructor(reasons: string[]) {
    super(reasons.join('\n'));
    this.reasons = reasons;
    this.name = 'ScaffoldError';
  }
}

/** An explicit id is used as given (and must be free); otherwise one is made from `from` and made unique. */
export function chooseId(explicit: string | undefined, from: string, taken: ReadonlySet<string>, what: string): string {
  if (explicit !== undefined) {
    if (!SLUG_PATTERN.test(explicit))
      throw new ScaffoldError([`--id: expected lowercase letters, digits and single hyphens, found "${explicit}" (try "${makeSlug(explicit)}")`]);
    if (taken.has(explicit))
      throw new ScaffoldError([`--id: expected a new ${what} id, found "${explicit}", which is taken (free: "${uniqueId(explicit, taken)}")`]);
    return explicit;
  }
  const base = makeSlug(from);
  if (!base) throw new ScaffoldError([`cannot make an id from "${from}": give one with --id`]);
  return uniqueId(base, taken);
}

export function unknownIds(ids: readonly string[], known: ReadonlySet<string>, flag: string, what: string): string[] {
  return ids
    .filter((id) => !known.has(id))
    .map((id) => {
      const guesses = nearest(id, known);
      return `${flag}: expected the id of an existing ${what}, found "${id}"${guesses.length ? ` (nearest: ${guesses.join(', ')})` : ''}`;
    });
}

/** Every mistake in the answers at once, like the content check. */
export function refuse(reasons: string[]): void {
  if (reasons.length) throw new ScaffoldError(reasons);
}

export function validated<T>(schema: z.ZodType<T>, record: Record<string, unknown>): void {
  const result = schema.safeParse(record, { reportInput: true });
  if (result.success) return;
  const problems: Problem[] = issuesToProblems(result.error.issues, { file: '', lineOf: () => 0 });
  throw new ScaffoldError(problems.map((p) => `${p.field || '(record)'}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`));
}

/** Drops unset fields so the written YAML holds only what the editor gave or what the schema needs. */
export function compact<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))) as T;
}

const todo = (what: string) => `${PLACEHOLDER} ${what}`;

/* ------------------------------------------------------------------ sources */

/** Only a default for an unstated language: Cyrillic titles are most often Russian here. */
export function guessLanguage(title: string): string {
  return /\p{Script=Cyrillic}/u.test(title) ? 'ru' : 'en';
}

export interface SourceAnswers {
  id?: string | undefined;
  outlet: string;
  title: string;
  published: string;
  kind: string;
  language?: string | undefined;
  url?: string | undefined;
  archivedUrl?: string | undefined;
  authors?: string[] | undefined;
  derivedFrom?: string | undefined;
  consulted?: boolean | undefined;
  notes?: string | undefined;
}

export function buildSource(answers: SourceAnswers, existing: { sourceIds: ReadonlySet<string> }): { id: string; record: Record<string, unknown> } {
  const year = /^\d{4}/.exec(answers.published)?.[0] ?? '';
  const id = chooseId(answers.id, [answers.outlet, year, answers.title].join(' '), existing.sourceIds, 'source');
  refuse(unknownIds(answers.derivedFrom ? [answers.derivedFrom] : [], existing.sourceIds, '--derived-from', 'source'));
  const record = compact({
    id,
    outlet: answers.outlet,
    title: answers.title,
    authors: answers.authors,
    published: answers.published,
    url: answers.url,
    archivedUrl: answers.archivedUrl,
    language: answers.language ?? guessLanguage(answers.title),
    kind: answers.kind,
    derivedFrom: answers.derivedFrom,
    consulted: answers.consulted === false ? false : undefined,
    notes: answers.notes,
  });
  validated(sourceSchema, record);
  return { id, record };
}

/* ------------------------------------------------------------------- claims */

export interface ClaimAnswers {
  id?: string | undefined;
  statement: string;
  sources: string[];
  status: string;
  claimant?: string | undefined;
  identification?: string | undefined;
  /** The claimant's kind (CLAIMANT_KINDS); "outlet" when the claimant defaults to the source's outlet. */
  kind?: string | undefined;
  role?: string | undefined;
  identityNote?: string | undefined;
  date?: string | undefined;
  basis?: string | undefined;
  assessedBy?: string | undefined;
  quote?: string | undefined;
}

/**
 * A claim from the few facts an editor has at hand. What is missing is filled so the record is
 * valid and cannot be published by accident: the date defaults to when the first source was
 * published, the claimant to its outlet, and an unwritten basis is a placeholder that keeps
 * the claim a draft (the check refuses placeholders in published records).
 */
export function buildClaim(
  answers: ClaimAnswers,
  existing: { claimIds: ReadonlySet<string>; sources: ReadonlyMap<string, Pick<Source, 'outlet' | 'published'>> },
): { id: string; record: Record<string, unknown>; defaults: string[] } {
  refuse([
    ...(answers.sources.length ? [] : ['--source: expected at least one source id']),
    ...unknownIds(answers.sources, new Set(existing.sources.keys()), '--source', 'source'),
    ...((STATUS_IDS as readonly string[]).includes(answers.status) ? [] : [`--status: expected one of ${STATUS_IDS.join(', ')}, found "${answers.status}"`]),
    ...(answers.identification === undefined || (IDENTIFICATIONS as readonly string[]).includes(answers.identification)
      ? []
      : [`--identification: expected one of ${IDENTIFICATIONS.join(', ')}, found "${answers.identification}"`]),
    ...(answers.kind === undefined || (CLAIMANT_KIND_IDS as readonly string[]).includes(answers.kind)
      ? []
      : [`--kind: expected one of ${CLAIMANT_KIND_IDS.join(', ')}, found "${answers.kind}"`]),
  ]);
  const id = chooseId(answers.id, answers.statement, existing.claimIds, 'claim');
  const first = existing.sources.get(answers.sources[0]!)!;
  const defaults: string[] = [];
  let date = answers.date;
  if (!date) {
    if (first.published === 'undated') throw new ScaffoldError([`--date: expected the date of the claim, since source "${answers.sources[0]}" is undated`]);
    date = first.published;
    defaults.push(`date: ${date} (when ${answers.sources[0]} was published)`);
  }
  let claimant = answers.claimant;
  let identification = answers.identification;
  let kind = answers.kind;
  if (!claimant) {
    claimant = first.outlet;
    identification ??= 'institution';
    kind ??= 'outlet';
    defaults.push(`claimant: ${claimant} (the outlet of ${answers.sources[0]})`);
  }
  if (!identification) throw new ScaffoldError([`--identification: expected how the claimant is identified: ${IDENTIFICATIONS.join(', ')}`]);
  if (!kind) throw new ScaffoldError([`--kind: expected who the claimant is: ${CLAIMANT_KIND_IDS.join(', ')}`]);
  // Which statuses the claimant's kind allows is the schema's rule (claimant-kind-status), checked by validated() below.
  const basis = answers.basis || todo('why this status, in one or two sentences');
  const record = compact({
    id,
    statement: answers.statement,
    claimant: compact({ name: claimant, identification, role: answers.role, identityNote: answers.identityNote, kind }),
    date,
    sources: answers.sources.map((s, i) => compact({ id: s, quote: i === 0 ? answers.quote : undefined })),
    status: answers.status,
    basis,
    assessedBy: answers.assessedBy,
    draft: basis.startsWith(PLACEHOLDER) ? true : undefined,
  });
  validated(claimSchema, record);
  return { id, record, defaults };
}

/* ------------------------------------------------------------------ reports */

export interface ReportAnswers {
  id?: string | undefined;
  title: string;
  sources: string[];
  summary?: string | undefined;
  status?: string | undefined;
  basis?: string | undefined;
  claims?: string[] | undefined;
  published?: string | undefined;
  topics?: string[] | undefined;
}

/**
 * A report file: frontmatter and a body to replace. It is written as a draft until its
 * summary, basis and text are filled in; the status defaults to "reported" beside a basis
 * placeholder, so the editor sees the choice where they must justify it.
 */
export function buildReport(
  answers: ReportAnswers,
  existing: { reportIds: ReadonlySet<string>; sourceIds: ReadonlySet<string>; claimIds: ReadonlySet<string> },
  today: string,
): { id: string; frontmatter: Record<string, unknown>; text: string } {
  refuse([
    ...(answers.sources.length ? [] : ['--sources: expected at least one source id']),
    ...unknownIds(answers.sources, existing.sourceIds, '--sources', 'source'),
    ...unknownIds(answers.claims ?? [], existing.claimIds, '--claims', 'claim'),
    ...(answers.status === undefined || (STATUS_IDS as readonly string[]).includes(answers.status)
      ? []
      : [`--status: expected one of ${STATUS_IDS.join(', ')}, found "${answers.status}"`]),
  ]);
  const id = chooseId(answers.id, answers.title, existing.reportIds, 'report');
  const frontmatter = compact({
    title: answers.title,
    summary: answers.summary || todo('one or two sentences for the report list and search results'),
    published: answers.published ?? today,
    sources: answers.sources,
    claims: answers.claims,
    verification: { status: answers.status ?? 'reported', basis: answers.basis || todo('why this status, in one or two sentences') },
    topics: answers.topics,
    draft: true,
  });
  validated(reportSchema, frontmatter);
  const body = `${PLACEHOLDER} write the report here, placing each claim where the text states it (see CONTRIBUTING.md, "Add a report"). When it is ready, remove \`draft: true\` above: \`npm run check\` refuses a published report that still has a placeholder.`;
  return { id, frontmatter, text: `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}\n` };
}
