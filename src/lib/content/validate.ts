/** Schema validation of raw records, turning zod issues into located, editor-readable problems. */
import type { z } from 'zod';
import { reportSchema, DATA_COLLECTIONS, textFault, type Report, type Claim, type DataCollection, type Entity, type Finding, type Source, type TimelineEvent } from '../../schema/index.ts';
import { nearest, type Problem } from './problem.ts';
import { schemaShape } from './rules/record/schema.ts';
import { plainText } from './rules/record/text.ts';
import type { LoadedContent, RawReport, RawRecord } from './read-files.ts';

export interface Located<T> {
  id: string;
  data: T;
  file: string;
  lineOf(path: ReadonlyArray<string | number>): number;
}

interface ArticleEntry extends Located<Report> {
  body: string;
  bodyLine: number;
  absolutePath: string;
}

export interface ValidContent {
  reports: ArticleEntry[];
  sources: Located<Source>[];
  claims: Located<Claim>[];
  findings: Located<Finding>[];
  events: Located<TimelineEvent>[];
  entities: Located<Entity>[];
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** The schema of the value at `path` inside `schema`, through optional, default, list and pipe wrappers. */
function schemaAt(schema: z.ZodType | undefined, path: ReadonlyArray<string | number>): z.ZodType | undefined {
  let current = schema;
  for (let i = 0; i <= path.length && current; ) {
    const def = (current as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') current = def.innerType as z.ZodType;
    else if (def.type === 'pipe') current = def.in as z.ZodType;
    else if (i === path.length) break;
    else if (def.type === 'object') current = (def.shape as Record<string, z.ZodType>)[String(path[i++])];
    else if (def.type === 'array') {
      current = def.element as z.ZodType;
      i++;
    } else return undefined;
  }
  return current;
}

function objectKeys(schema: z.ZodType | undefined): string[] {
  const def = schema ? (schema as unknown as { _zod: { def: { type: string; shape?: Record<string, unknown> } } })._zod.def : undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** "17/06/2024" or "17.06.2024" → "2024-06-17", for a hint. */
function isoFromDayFirst(value: unknown): string | undefined {
  const m = typeof value === 'string' ? /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value.trim()) : null;
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : undefined;
}

const quoteList = (items: string[]) => items.map((k) => `"${k}"`).join(', ');

/** What refineWith (src/schema/record-rules/ (one file per rule)) puts on a rule's issue. */
interface RecordIssueParams {
  rule?: string;
  at?: Array<string | number>;
  depth?: number;
  hint?: string;
}

export function issuesToProblems(
  issues: z.core.$ZodIssue[],
  where: { file: string; lineOf(path: ReadonlyArray<string | number>): number },
  schema?: z.ZodType,
): Problem[] {
  // Misspelt keys, by the object they sit in, so a "missing" field can point at its misspelling.
  const unknownKeys = new Map<string, string[]>();
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') unknownKeys.set(issue.path.join('.'), (issue as { keys: string[] }).keys);
  }
  return issues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    let message = issue.message;
    let hint: string | undefined;
    let field = path.join('.');
    // A rule of the record (src/schema/record-rules/ (one file per rule)): reported under its own id, as written.
    const rule = issue.code === 'custom' ? (issue.params as RecordIssueParams | undefined) : undefined;
    if (rule?.rule) {
      // `at` is relative to the record the rule checked, which sits `depth` fields above the issue.
      const at = rule.at ? [...path.slice(0, path.length - (rule.depth ?? 0)), ...rule.at] : path;
      return { file: where.file, line: where.lineOf(at), field, message, hint: rule.hint, rule: rule.rule };
    }
    if (issue.code === 'unrecognized_keys') {
      const keys = (issue as { keys: string[] }).keys;
      const known = objectKeys(schemaAt(schema, path));
      message = `expected only known fields, found ${quoteList(keys)}`;
      const guesses = keys.flatMap((k) => nearest(k, known, 1));
      hint = guesses.length ? `did you mean ${quoteList(guesses)}?` : known.length ? `the fields here are ${quoteList(known)}` : undefined;
      field = [...path, keys[0]].join('.');
      return { file: where.file, line: where.lineOf([...path, keys[0]!]), field, message, hint, rule: schemaShape.id };
    }
    const input = 'input' in issue ? issue.input : undefined;
    const parentPath = path.slice(0, -1);
    if (input === undefined && path.length && !/\bfound\b/.test(message)) {
      // A required field that is absent: say so first, then what it should hold.
      const name = String(path.at(-1));
      message = `missing the required field "${name}": ${message.replace(/^Invalid input: /, '')}`;
      const misspelt = (unknownKeys.get(parentPath.join('.')) ?? []).filter((k) => nearest(name, [k], 1).length);
      if (misspelt.length) hint = `${quoteList(misspelt)} looks like a misspelling of "${name}"`;
      return { file: where.file, line: where.lineOf(parentPath), field, message, hint, rule: schemaShape.id };
    }
    if (!/\bfound\b/.test(message)) message = `${message.replace(/^Invalid input: /, '')}, found ${describe(input)}`;
    if (issue.code === 'invalid_value' && typeof input === 'string') {
      const values = (issue as { values: unknown[] }).values.filter((v): v is string => typeof v === 'string');
      const close = values.find((v) => v.toLowerCase() === input.trim().toLowerCase()) ?? nearest(input, values, 1)[0];
      if (close) hint = `did you mean "${close}"?`;
    }
    const iso = isoFromDayFirst(input);
    if (iso) hint = `dates are written year first: ${iso}`;
    return { file: where.file, line: where.lineOf(path), field, message, hint, rule: schemaShape.id };
  });
}

/**
 * Every string in a file, whatever field holds it, is plain visible text: no control
 * characters, no direction overrides, not invisible-only. Keys are text too.
 */
export function textProblems(data: unknown, where: { file: string; lineOf(path: ReadonlyArray<string | number>): number }): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: Array<string | number>) => {
    if (typeof value === 'string') {
      const fault = textFault(value);
      if (fault) problems.push({ file: where.file, line: where.lineOf(path), field: path.join('.') || '(value)', rule: plainText.id, message: fault });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [k, v] of Object.entries(value)) {
        const fault = textFault(k);
        if (fault) problems.push({ file: where.file, line: where.lineOf(path), field: [...path, k].join('.'), rule: plainText.id, message: `${fault} (in a field name)` });
        walk(v, [...path, k]);
      }
    }
  };
  walk(data, []);
  return problems;
}

function validateRecord<T>(schema: z.ZodType<T>, raw: RawRecord, problems: Problem[]): Located<T> | null {
  const text = textProblems(raw.data, raw);
  if (text.length) {
    problems.push(...text);
    return null;
  }
  const result = schema.safeParse(raw.data, { reportInput: true });
  if (!result.success) {
    problems.push(...issuesToProblems(result.error.issues, raw, schema));
    return null;
  }
  return { id: (result.data as { id: string }).id, data: result.data, file: raw.file, lineOf: raw.lineOf };
}

function validateArticle(raw: RawReport, problems: Problem[]): ArticleEntry | null {
  const text = textProblems(raw.data, raw);
  if (text.length) {
    problems.push(...text);
    return null;
  }
  const result = reportSchema.safeParse(raw.data, { reportInput: true });
  if (!result.success) {
    problems.push(...issuesToProblems(result.error.issues, raw, reportSchema));
    return null;
  }
  return { id: raw.id, data: result.data, file: raw.file, lineOf: raw.lineOf, body: raw.body, bodyLine: raw.bodyLine, absolutePath: raw.absolutePath };
}

/** Ids of records that exist but failed validation: references to them are not reported twice. */
export type InvalidIds = Record<keyof ValidContent, Set<string>>;

export function validateContent(loaded: LoadedContent): { content: ValidContent; problems: Problem[]; invalidIds: InvalidIds } {
  const problems: Problem[] = [];
  const pick = <K extends DataCollection>(collection: K) =>
    loaded.records[collection]
      .map((r) => validateRecord(DATA_COLLECTIONS[collection] as z.ZodType, r, problems))
      .filter((r) => r !== null);
  const content: ValidContent = {
    reports: loaded.reports.map((a) => validateArticle(a, problems)).filter((a) => a !== null),
    sources: pick('sources') as Located<Source>[],
    claims: pick('claims') as Located<Claim>[],
    findings: pick('findings') as Located<Finding>[],
    events: pick('events') as Located<TimelineEvent>[],
    entities: pick('entities') as Located<Entity>[],
  };
  const validIds = (entries: Array<{ id: string }>) => new Set(entries.map((e) => e.id));
  const rawIds = (records: Array<{ data: unknown }>, valid: Set<string>) =>
    new Set(records.map((r) => (r.data as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string' && !valid.has(id)));
  const validArticleIds = validIds(content.reports);
  const invalidIds: InvalidIds = {
    reports: new Set(loaded.reports.map((a) => a.id).filter((id) => !validArticleIds.has(id))),
    sources: rawIds(loaded.records.sources, validIds(content.sources)),
    claims: rawIds(loaded.records.claims, validIds(content.claims)),
    findings: rawIds(loaded.records.findings, validIds(content.findings)),
    events: rawIds(loaded.records.events, validIds(content.events)),
    entities: rawIds(loaded.records.entities, validIds(content.entities)),
  };
  return { content, problems, invalidIds };
}
