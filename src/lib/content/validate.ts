/** Schema validation of raw records, turning zod issues into located, editor-readable problems. */
import type { z } from 'zod';
import { articleSchema, DATA_COLLECTIONS, type Article, type Claim, type DataCollection, type Source, type TimelineEvent } from '../../schema/index.ts';
import { nearest, type Problem } from './problem.ts';
import type { LoadedContent, RawArticle, RawRecord } from './load.ts';

export interface Located<T> {
  id: string;
  data: T;
  file: string;
  lineOf(path: ReadonlyArray<string | number>): number;
}

export interface ArticleEntry extends Located<Article> {
  body: string;
  bodyLine: number;
  absolutePath: string;
}

export interface ValidContent {
  articles: ArticleEntry[];
  sources: Located<Source>[];
  claims: Located<Claim>[];
  events: Located<TimelineEvent>[];
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

function objectKeys(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

export function issuesToProblems(
  issues: z.core.$ZodIssue[],
  where: { file: string; lineOf(path: ReadonlyArray<string | number>): number },
  knownKeys: string[] = [],
): Problem[] {
  return issues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    let message = issue.message;
    let hint: string | undefined;
    let field = path.join('.');
    if (issue.code === 'unrecognized_keys') {
      const keys = (issue as { keys: string[] }).keys;
      message = `expected only known fields, found ${keys.map((k) => `"${k}"`).join(', ')}`;
      const guesses = keys.flatMap((k) => nearest(k, knownKeys, 1));
      if (path.length === 0 && guesses.length) hint = `did you mean ${guesses.map((g) => `"${g}"`).join(', ')}?`;
      field = [...path, keys[0]].join('.');
      return { file: where.file, line: where.lineOf([...path, keys[0]!]), field, message, hint, rule: 'schema' };
    }
    if (!/\bfound\b/.test(message)) {
      const input = 'input' in issue ? issue.input : undefined;
      message = `${message.replace(/^Invalid input: /, '')}, found ${describe(input)}`;
    }
    return { file: where.file, line: where.lineOf(path), field, message, hint, rule: 'schema' };
  });
}

function validateRecord<T>(schema: z.ZodType<T>, raw: RawRecord, problems: Problem[]): Located<T> | null {
  const result = schema.safeParse(raw.data, { reportInput: true });
  if (!result.success) {
    problems.push(...issuesToProblems(result.error.issues, raw, objectKeys(schema)));
    return null;
  }
  return { id: (result.data as { id: string }).id, data: result.data, file: raw.file, lineOf: raw.lineOf };
}

export function validateArticle(raw: RawArticle, problems: Problem[]): ArticleEntry | null {
  const result = articleSchema.safeParse(raw.data, { reportInput: true });
  if (!result.success) {
    problems.push(...issuesToProblems(result.error.issues, raw, objectKeys(articleSchema)));
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
    articles: loaded.articles.map((a) => validateArticle(a, problems)).filter((a) => a !== null),
    sources: pick('sources') as Located<Source>[],
    claims: pick('claims') as Located<Claim>[],
    events: pick('events') as Located<TimelineEvent>[],
  };
  const validIds = (entries: Array<{ id: string }>) => new Set(entries.map((e) => e.id));
  const rawIds = (records: Array<{ data: unknown }>, valid: Set<string>) =>
    new Set(records.map((r) => (r.data as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string' && !valid.has(id)));
  const validArticleIds = validIds(content.articles);
  const invalidIds: InvalidIds = {
    articles: new Set(loaded.articles.map((a) => a.id).filter((id) => !validArticleIds.has(id))),
    sources: rawIds(loaded.records.sources, validIds(content.sources)),
    claims: rawIds(loaded.records.claims, validIds(content.claims)),
    events: rawIds(loaded.records.events, validIds(content.events)),
  };
  return { content, problems, invalidIds };
}
