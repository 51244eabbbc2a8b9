/**
 * `npm run new` fills what an editor has not written yet with "TODO: …" and marks the record a
 * draft. A published record (not a draft) must not carry one: this is the rule that keeps a
 * half-written report or claim off the site.
 */
import { isPublished } from '../../schema/index.ts';
import type { Problem } from './problem.ts';

export const PLACEHOLDER = 'TODO:';

/** Field paths whose text value is a placeholder, depth first. */
export function placeholderPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value === 'string') return value.trimStart().startsWith(PLACEHOLDER) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholderPaths(v, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => placeholderPaths(v, [...path, k]));
  }
  return [];
}

/** Lines (1-based, within the text) that start with the placeholder. */
function placeholderLines(text: string): number[] {
  return text.split('\n').flatMap((line, i) => (line.trimStart().startsWith(PLACEHOLDER) ? [i + 1] : []));
}

export interface Checked {
  file: string;
  data: unknown;
  lineOf(path: ReadonlyArray<string | number>): number;
  body?: string;
  bodyLine?: number;
}

export function checkPlaceholders(entries: Checked[]): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    if (!isPublished({ data: (e.data ?? {}) as { draft?: boolean } })) continue;
    const hint = 'write the text, or keep "draft: true" until it is written';
    for (const path of placeholderPaths(e.data)) {
      problems.push({ file: e.file, line: e.lineOf(path), field: path.join('.'), rule: 'placeholder', message: `expected real text in a published record, found the placeholder "${PLACEHOLDER} …"`, hint });
    }
    if (e.body !== undefined) {
      for (const line of placeholderLines(e.body)) {
        problems.push({ file: e.file, line: (e.bodyLine ?? 1) + line - 1, field: 'body', rule: 'placeholder', message: `expected real text in a published report, found the placeholder "${PLACEHOLDER} …"`, hint });
      }
    }
  }
  return problems;
}
