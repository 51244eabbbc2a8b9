/**
 * The content schemas: one module, imported by src/content.config.ts (Astro), by the
 * content checker (scripts/check.ts) and by the tests. It depends on zod only.
 */
import { z } from 'zod';
import { FIGURE_MAX, fullDate, httpUrl, nonEmpty, partialDate, slug } from './fields.ts';
import { STATUS_IDS } from './status.ts';
import { entitySchema } from './entity.ts';

export * from './fields.ts';
export * from './status.ts';
export * from './entity.ts';

/** YAML reads a bare `false` as a boolean; the status "false" is meant. */
export const status = z.preprocess(
  (value) => (value === false ? 'false' : value),
  z.enum(STATUS_IDS, { error: `expected one of the statuses: ${STATUS_IDS.join(', ')}` }),
);

const idList = (what: string) => z.array(slug, { error: `expected a list of ${what} ids` });

/* ------------------------------------------------------------------ sources */

export const SOURCE_KINDS = [
  'original-reporting',
  'republication',
  'excerpt',
  'translation',
  'rewrite',
  'aggregation',
  'official-statement',
  'research',
  'dataset',
] as const;

/** Kinds that are copies of another text and so must name it in derivedFrom. */
export const DERIVED_KINDS = ['republication', 'excerpt', 'translation', 'rewrite'] as const;

export const sourceSchema = z
  .object({
    id: slug,
    outlet: nonEmpty('the outlet (publisher) name'),
    title: nonEmpty('the title'),
    authors: z.array(nonEmpty('an author name')).default([]),
    /** "undated" where the text carries no date: we never invent one. */
    published: z.union([z.literal('undated'), partialDate], {
      error: 'expected a date written as YYYY, YYYY-MM or YYYY-MM-DD, or "undated"',
    }),
    url: httpUrl.optional(),
    archivedUrl: httpUrl.optional(),
    language: z
      .string({ error: 'expected a language code such as "en" or "ru"' })
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'expected a language code such as "en" or "ru"' }),
    kind: z.enum(SOURCE_KINDS, { error: `expected one of the source kinds: ${SOURCE_KINDS.join(', ')}` }),
    derivedFrom: slug.optional(),
    /** False where this project knows the text only through a copy or a citation. */
    consulted: z.boolean({ error: 'expected true or false' }).default(true),
    notes: z.string().optional(),
  })
  .strict();

export type Source = z.output<typeof sourceSchema>;

/* ------------------------------------------------------------------- claims */

export const IDENTIFICATIONS = ['named', 'changed-name', 'anonymous', 'institution'] as const;

const claimantSchema = z
  .object({
    /** As published. For a changed name, the name the reporting used; never a withheld real name. */
    name: nonEmpty('the claimant’s name or description'),
    identification: z.enum(IDENTIFICATIONS, {
      error: `expected how the claimant is identified: ${IDENTIFICATIONS.join(', ')}`,
    }),
    /** Who they are, e.g. "mother of a convict recruited by Wagner". */
    role: z.string().optional(),
    /** Who changed the name or withheld it, and why, where the reporting says. */
    identityNote: z.string().optional(),
    /** The entity (content/entities) the claimant is, where it has a page. */
    entity: slug.optional(),
  })
  .strict()
  .refine((c) => c.identification !== 'changed-name' || !!c.identityNote, {
    error: 'expected identityNote for a changed name: say who changed it (e.g. "name changed by CNN")',
    path: ['identityNote'],
  });

const claimSourceSchema = z
  .object({
    id: slug,
    /** A short quotation from the source where the claim appears. */
    quote: z.string().optional(),
    /** Where in the source: a section, paragraph or heading. */
    section: z.string().optional(),
  })
  .strict();

const RESPONSE_KINDS = ['denied', 'declined-to-comment', 'did-not-respond', 'confirmed', 'acknowledged', 'disputed'] as const;

const responseSchema = z
  .object({
    party: nonEmpty('who responded'),
    kind: z.enum(RESPONSE_KINDS, { error: `expected one of the response kinds: ${RESPONSE_KINDS.join(', ')}` }),
    date: partialDate.optional(),
    detail: z.string().optional(),
    source: slug.optional(),
  })
  .strict();

/** Finite, non-negative and bounded: a chart scales to it (src/lib/chart.ts). */
const figureNumber = z
  .number({ error: 'expected a number' })
  .nonnegative({ error: 'expected a number of zero or more' })
  .max(FIGURE_MAX, { error: `expected a figure of at most ${FIGURE_MAX.toLocaleString('en')}` });

const FIGURE_KINDS = ['count', 'estimate', 'self-reported'] as const;
export const FIGURE_MEASURES = ['recruited', 'deployed', 'killed', 'returned', 'prison-population', 'other'] as const;

const figureSchema = z
  .object({
    /** A single value, or low and high for a range. */
    value: figureNumber.optional(),
    low: figureNumber.optional(),
    high: figureNumber.optional(),
    /** True where the figure is a floor ("at least", "more than"). */
    atLeast: z.boolean().default(false),
    unit: nonEmpty('the unit (e.g. "prisoners")'),
    measure: z.enum(FIGURE_MEASURES, { error: `expected what is measured: ${FIGURE_MEASURES.join(', ')}` }),
    kind: z.enum(FIGURE_KINDS, { error: `expected the figure kind: ${FIGURE_KINDS.join(', ')}` }),
    asOf: partialDate,
    method: z.string().optional(),
  })
  .strict()
  .refine((f) => f.value !== undefined || (f.low !== undefined && f.high !== undefined), {
    error: 'expected either value, or both low and high',
    path: ['value'],
  })
  .refine((f) => f.low === undefined || f.high === undefined || f.low <= f.high, {
    error: 'expected low to be no greater than high',
    path: ['low'],
  });

export const claimSchema = z
  .object({
    id: slug,
    /** Our own neutral wording of what is claimed. */
    statement: nonEmpty('the statement'),
    claimant: claimantSchema,
    /** When the claim was made or first reported; its precision is its written form. */
    date: partialDate,
    sources: z.array(claimSourceSchema, { error: 'expected a list of sources' }).min(1, { error: 'expected at least one source' }),
    status,
    /** Why this status, in one or two sentences. */
    basis: nonEmpty('the basis for the status'),
    /** Whose verification the status rests on: the reporting outlet, or "this project". */
    assessedBy: z.string().trim().min(1).optional(),
    responses: z.array(responseSchema).default([]),
    figure: figureSchema.optional(),
    topics: idList('topic').default([]),
    corroborates: idList('claim').default([]),
    contradicts: idList('claim').default([]),
    supersedes: idList('claim').default([]),
    supersededBy: slug.optional(),
    /** For a distortion: the original wording it distorts, quoted from the original. */
    original: z.string().optional(),
    /** Entities the claim is about: people, units, colonies, places. */
    about: idList('entity').default([]),
    draft: z.boolean().default(false),
  })
  .strict();

export type Claim = z.output<typeof claimSchema>;

/* ------------------------------------------------------------------ reports */

const correctionSchema = z
  .object({
    date: fullDate,
    note: nonEmpty('what changed'),
  })
  .strict();

export const articleSchema = z
  .object({
    title: nonEmpty('the title'),
    summary: nonEmpty('a one- or two-sentence summary'),
    published: fullDate,
    updated: fullDate.optional(),
    sources: idList('source').min(1, { error: 'expected at least one source id' }),
    /** Claims listed with the report besides those placed in its text with <Claim id="…" />. */
    claims: idList('claim').default([]),
    verification: z
      .object({
        status,
        basis: nonEmpty('the basis for the status'),
      })
      .strict(),
    topics: idList('topic').default([]),
    corrections: z.array(correctionSchema).default([]),
    draft: z.boolean({ error: 'expected true or false' }).default(false),
  })
  .strict();

export type Article = z.output<typeof articleSchema>;

/* ------------------------------------------------------------------- events */

export const eventSchema = z
  .object({
    id: slug,
    date: partialDate,
    title: nonEmpty('the event title'),
    description: z.string().optional(),
    claims: idList('claim').default([]),
    reports: idList('report').default([]),
  })
  .strict();

export type TimelineEvent = z.output<typeof eventSchema>;

/**
 * The one definition of "published": not a draft. Drafts are checked but never built: not
 * their pages, their images, nor their records in the open data.
 */
export function isPublished(entry: { data: { draft?: boolean } }): boolean {
  return entry.data.draft !== true;
}

/** The data collections and the schema that validates each record in them. */
export const DATA_COLLECTIONS = {
  sources: sourceSchema,
  claims: claimSchema,
  events: eventSchema,
  entities: entitySchema,
} as const;

export type DataCollection = keyof typeof DATA_COLLECTIONS;
