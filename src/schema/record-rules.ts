/**
 * The rules one record must keep that a field type cannot say (a "confirmed" claim names who
 * verified it; a copy names what it copies). The schemas in index.ts and entity.ts attach them
 * with `.superRefine(refineWith(…))`, so Astro, the check and the tests run them with the rest
 * of the schema; each issue carries its rule id (params.rule), which the check reports instead
 * of "schema". Each rule has a one-sentence statement (the methodology page, CONTRIBUTING) and
 * the bad fixture that breaks it (tests/fixtures/bad/<fixture>). Depends on zod's types only.
 */
import type { z } from 'zod';
import { CLAIMANT_KINDS, type ClaimantKindId, type StatusId } from './status.ts';

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

/* ------------------------------------------------------------------ sources */

/** Kinds that are copies of another text and so must name it in derivedFrom. */
const DERIVED_KINDS = ['republication', 'excerpt', 'translation', 'rewrite'] as const;

export const SOURCE_RULES: ReadonlyArray<RecordRule<{ kind: string; derivedFrom?: string | undefined }>> = [
  {
    id: 'copy-needs-original',
    statement: 'A republication, excerpt, translation or rewrite names the text it copies (derivedFrom), so it counts as that original for corroboration.',
    fixture: 'copy-without-original',
    check: (s) =>
      (DERIVED_KINDS as readonly string[]).includes(s.kind) && !s.derivedFrom
        ? [{ path: ['derivedFrom'], at: ['kind'], message: `expected derivedFrom for a source of kind "${s.kind}": name the source it copies, found nothing` }]
        : [],
  },
];

/* ------------------------------------------------------------------- claims */

interface ClaimFields {
  status: StatusId;
  assessedBy?: string | undefined;
  supersededBy?: string | undefined;
  claimant: { kind: ClaimantKindId };
  original?: string | undefined;
  change?: string | undefined;
}

export const CLAIM_RULES: ReadonlyArray<RecordRule<ClaimFields>> = [
  {
    id: 'claimant-kind-status',
    statement:
      'A claim takes only the statuses its claimant’s kind allows (the table of claimant kinds): an interested party’s word is "claimed", anyone else’s "reported"; the project makes findings, not claims.',
    fixture: 'claimed-by-outlet',
    check: (c) => {
      const kind = CLAIMANT_KINDS[c.claimant.kind];
      if (kind.statuses.includes(c.status)) return [];
      return [
        {
          path: ['status'],
          message: kind.statuses.length
            ? `expected one of ${kind.statuses.join(', ')} for a claim by a claimant of kind "${kind.id}", found "${c.status}"`
            : `expected no claim by "${kind.id}", found one with status "${c.status}": the project's own observations are findings (content/findings)`,
          hint: kind.why,
        },
      ];
    },
  },
  {
    id: 'confirmed-needs-assessor',
    statement: 'A "confirmed" claim says whose verification it rests on (assessedBy).',
    fixture: 'confirmed-without-assessor',
    check: (c) =>
      c.status === 'confirmed' && !c.assessedBy
        ? [{ path: ['assessedBy'], at: ['status'], message: 'expected assessedBy for a "confirmed" claim: say whose verification it rests on, found nothing' }]
        : [],
  },
  {
    id: 'superseded-needs-successor',
    statement: 'A "superseded" claim names the claim whose later fact overtook it (supersededBy).',
    fixture: 'superseded-without-successor',
    check: (c) =>
      c.status === 'superseded' && !c.supersededBy
        ? [
            {
              path: ['supersededBy'],
              at: ['status'],
              message: 'expected supersededBy for a "superseded" claim: the id of the claim that replaced it, found nothing',
            },
          ]
        : [],
  },
  {
    id: 'distortion-needs-change',
    statement: 'A distortion (a claim with original wording) names the kind of change the copy made (change), and only a distortion names one.',
    fixture: 'distortion-without-change',
    check: (c) => {
      if ((c.original !== undefined) === (c.change !== undefined)) return [];
      return c.original === undefined
        ? [{ path: ['original'], at: ['change'], message: 'expected original (the wording the copy changed) beside change, found nothing' }]
        : [
            {
              path: ['change'],
              at: ['original'],
              message: 'expected change (softened, hardened, misattributed, mistranslated, added, omitted) for a distortion, found nothing',
            },
          ];
    },
  },
];

export const CLAIMANT_RULES: ReadonlyArray<RecordRule<{ identification: string; identityNote?: string | undefined }>> = [
  {
    id: 'changed-name-needs-note',
    statement: 'A claimant whose name the reporting changed says who changed it (identityNote).',
    fixture: 'changed-name-without-note',
    check: (c) =>
      c.identification === 'changed-name' && !c.identityNote
        ? [{ path: ['identityNote'], message: 'expected identityNote for a changed name: say who changed it (e.g. "name changed by CNN")' }]
        : [],
  },
];

export const FIGURE_RULES: ReadonlyArray<RecordRule<{ value?: number | undefined; low?: number | undefined; high?: number | undefined }>> = [
  {
    id: 'figure-value',
    statement: 'A figure gives a value, or a range with both low and high, low no greater than high.',
    fixture: 'figure-without-value',
    check: (f) => [
      ...(f.value !== undefined || (f.low !== undefined && f.high !== undefined)
        ? []
        : [{ path: ['value'], message: 'expected either value, or both low and high' }]),
      ...(f.low === undefined || f.high === undefined || f.low <= f.high ? [] : [{ path: ['low'], message: 'expected low to be no greater than high' }]),
    ],
  },
];

/* ----------------------------------------------------------------- entities */

export const ENTITY_NAME_RULES: ReadonlyArray<RecordRule<{ wrong: boolean; source?: string | undefined }>> = [
  {
    id: 'wrong-spelling-needs-source',
    statement: 'A misspelling kept so search finds it (wrong: true) names the source it appears in.',
    fixture: 'entity-wrong-spelling-without-source',
    check: (n) => (n.wrong && !n.source ? [{ path: ['source'], message: 'expected source for a wrong spelling: the id of the source it appears in' }] : []),
  },
];

export const ENTITY_RULES: ReadonlyArray<RecordRule<{ pseudonym: boolean; pseudonymNote?: string | undefined }>> = [
  {
    id: 'pseudonym-needs-note',
    statement: 'A pseudonym entity says who gave the name and why (pseudonymNote).',
    fixture: 'pseudonym-without-note',
    check: (e) =>
      e.pseudonym && !e.pseudonymNote
        ? [{ path: ['pseudonymNote'], message: 'expected pseudonymNote for a pseudonym: say who changed the name (e.g. "name changed by CNN")' }]
        : [],
  },
];

/** Every rule the schemas carry, in the order the catalogue lists them. */
export const SCHEMA_RULES: readonly RuleInfo[] = [...SOURCE_RULES, ...CLAIM_RULES, ...CLAIMANT_RULES, ...FIGURE_RULES, ...ENTITY_RULES, ...ENTITY_NAME_RULES];
