/**
 * The rules one record must keep that a field type cannot say (a "confirmed" claim names who
 * verified it; a copy names what it copies). The schemas in ../index.ts and ../entity.ts attach them
 * with `.superRefine(refineWith(…))`, so Astro, the check and the tests run them with the rest
 * of the schema; each issue carries its rule id (params.rule), which the check reports instead
 * of "schema". Each rule is one file in this folder with its id, a one-sentence statement (the
 * methodology page, CONTRIBUTING) and the bad fixture that breaks it (tests/fixtures/bad/<fixture>);
 * index.ts groups them by the schema that carries them. This file holds their shape and
 * refineWith(). Depends on zod's types only.
 */
import type { z } from 'zod';

/** What a rule says is wrong with a record: the field at fault and, if elsewhere, the line to show. */
interface RecordIssue {
  path: Array<string | number>;
  message: string;
  /** The field whose line the problem points at, when the faulty field is absent. */
  at?: Array<string | number>;
  hint?: string;
}

/** A rule as readers and editors see it: the same shape for every rule in the catalogue. */
export interface RuleInfo {
  id: string;
  /** The rule in one sentence, as the methodology page and CONTRIBUTING print it. */
  statement: string;
  /** The folder under tests/fixtures/bad that breaks it; null only where no content folder can (a missing content/). */
  fixture: string | null;
}

export interface RecordRule<T> extends RuleInfo {
  fixture: string;
  check(record: T): RecordIssue[];
}

/** The superRefine callback that runs `rules` and tags each issue with its rule id. */
export function refineWith<T>(rules: ReadonlyArray<RecordRule<T>>) {
  return (record: T, ctx: z.RefinementCtx<T>): void => {
    for (const rule of rules) {
      for (const issue of rule.check(record)) {
        ctx.addIssue({
          code: 'custom',
          path: issue.path,
          message: issue.message,
          params: { rule: rule.id, at: issue.at, depth: issue.path.length, hint: issue.hint },
        });
      }
    }
  };
}
