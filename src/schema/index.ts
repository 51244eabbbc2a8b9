/**
 * The content schemas: one module, imported by src/content.config.ts (Astro), by the
 * content checker (scripts/check.ts) and by the tests. It depends on zod only.
 */
import { z } from 'zod';
import { FIGURE_MAX, fullDate, httpUrl, nonEmpty, partialDate, slug } from './fields.ts';
import { CLAIMANT_KIND_IDS, STATUS_IDS } from './status.ts';
import { entitySchema } from './entity.ts';
import { CLAIM_RULES, CLAIMANT_RULES, FIGURE_RULES, refineWith, SOURCE_RULES } from './record-rules/index.ts';

export * from './fields.ts';
export * from './status.ts';
export * from './entity.ts';
export * from './record-rules/index.ts';

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

export const sourceSchema = z
  .object({
    id: slug.describe("Permanent id: lowercase letters, digits and hyphens; the source page's address."),
    outlet: nonEmpty('the outlet (publisher) name').describe('Who published the text; one outlet counts once for corroboration.'),
    title: nonEmpty('the title').describe('The headline or title as published, in its own language.'),
    authors: z.array(nonEmpty('an author name')).default([]).describe('Bylines, as published.'),
    /** "undated" where the text carries no date: we never invent one. */
    published: z
      .union([z.literal('undated'), partialDate], {
        error: 'expected a date written as YYYY, YYYY-MM or YYYY-MM-DD, or "undated"',
      })
      .describe('When the text was published (YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text says), or "undated".'),
    /** Where the text is, if it is online. */
    url: httpUrl.optional().describe('Where the text is online (http or https only).'),
    /** An archived copy (archive.org, archive.today), never invented. */
    archivedUrl: httpUrl.optional().describe('An archived copy (archive.org, archive.today) actually seen; never invented.'),
    language: z
      .string({ error: 'expected a language code such as "en" or "ru"' })
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'expected a language code such as "en" or "ru"' })
      .describe('The language of the text, as a language code ("en", "ru", "uk").'),
    kind: z
      .enum(SOURCE_KINDS, { error: `expected one of the source kinds: ${SOURCE_KINDS.join(', ')}` })
      .describe(
        'What the text is: original reporting, a copy of another text (republication, excerpt, translation, rewrite), an official statement, research…',
      ),
    derivedFrom: slug.optional().describe('For a copy (republication, excerpt, translation, rewrite): the id of the text it copies.'),
    /** False where this project knows the text only through a copy or a citation. */
    consulted: z
      .boolean({ error: 'expected true or false' })
      .default(true)
      .describe(
        'False where this project knows the text only through a copy or a citation: claims resting only on such sources stay at "reported" unless two independent ones agree.',
      ),
    notes: z.string().optional().describe('What a reader should know about this text (how it was found, what it is).'),
    formerIds: idList('source').default([]).describe('Ids this source was published under before a rename: their old addresses lead to this page.'),
  })
  .strict()
  .superRefine(refineWith(SOURCE_RULES));

export type Source = z.output<typeof sourceSchema>;

/* ------------------------------------------------------------------- claims */

export const IDENTIFICATIONS = ['named', 'changed-name', 'anonymous', 'institution'] as const;

const claimantSchema = z
  .object({
    /** As published. For a changed name, the name the reporting used; never a withheld real name. */
    name: nonEmpty('the claimant’s name or description').describe(
      'The name as published; for a changed name, the name the reporting used, never a withheld real name.',
    ),
    identification: z
      .enum(IDENTIFICATIONS, {
        error: `expected how the claimant is identified: ${IDENTIFICATIONS.join(', ')}`,
      })
      .describe('named, changed-name (a name the reporting changed), anonymous, or institution.'),
    /** Who they are, e.g. "mother of a convict recruited by Wagner". */
    role: z.string().optional().describe('Who they are, e.g. "mother of a convict recruited by Wagner".'),
    /** Who changed the name or withheld it, and why, where the reporting says. */
    identityNote: z.string().optional().describe('Who changed or withheld the name, and why, where the reporting says.'),
    /** The entity (content/entities) the claimant is, where it has a page. */
    entity: slug.optional().describe('The entity (content/entities) the claimant is, where it has a page.'),
    kind: z
      .enum(CLAIMANT_KIND_IDS, { error: `expected the claimant's kind: ${CLAIMANT_KIND_IDS.join(', ')}` })
      .describe(
        'Who the claimant is (src/schema/status.ts CLAIMANT_KINDS): decides whether the claim is "claimed" or "reported" and which statuses it may take.',
      ),
  })
  .strict()
  .superRefine(refineWith(CLAIMANT_RULES));

const claimSourceSchema = z
  .object({
    id: slug.describe('The id of the source (content/sources) where the claim or finding appears.'),
    /** A short quotation from the source where the claim appears. */
    quote: z.string().optional().describe("A short quotation from the source where the claim appears; for a distortion, the copy's wording."),
    /** Where in the source: a section, paragraph or heading. */
    section: z.string().optional().describe('Where in the source: a section, paragraph or heading.'),
  })
  .strict();

const RESPONSE_KINDS = ['denied', 'declined-to-comment', 'did-not-respond', 'confirmed', 'acknowledged', 'disputed'] as const;

const responseSchema = z
  .object({
    party: nonEmpty('who responded').describe('Who responded: the party the claim concerns.'),
    kind: z
      .enum(RESPONSE_KINDS, { error: `expected one of the response kinds: ${RESPONSE_KINDS.join(', ')}` })
      .describe('How they responded: denied, declined to comment, did not respond, confirmed, acknowledged or disputed.'),
    date: partialDate.optional().describe('When they responded.'),
    detail: z.string().optional().describe('What they said, briefly.'),
    source: slug.optional().describe('The source (id) that reports the response.'),
  })
  .strict();

/** Finite, non-negative and bounded: a chart scales to it (src/lib/chart.ts). */
const figureNumber = z
  .number({ error: 'expected a number' })
  .nonnegative({ error: 'expected a number of zero or more' })
  .max(FIGURE_MAX, { error: `expected a figure of at most ${FIGURE_MAX.toLocaleString('en')}` });

const FIGURE_KINDS = ['count', 'estimate', 'self-reported'] as const;
export const FIGURE_MEASURES = ['recruited', 'deployed', 'killed', 'returned', 'prison-population', 'other'] as const;
/** What span a figure counts: everything up to a date, what happened between two dates, or how many at one date. */
const FIGURE_PERIODS = ['running-total', 'flow', 'stock'] as const;
/** Of whom: prisoners only, every fighter of a force, every Russian soldier, or the people held in colonies. */
const FIGURE_POPULATIONS = ['prisoners', 'all-fighters', 'all-troops', 'colony-population'] as const;
/** How a copy changed its original's wording. */
const CHANGE_KINDS = ['softened', 'hardened', 'misattributed', 'mistranslated', 'added', 'omitted'] as const;

const figureSchema = z
  .object({
    /** A single value, or low and high for a range. */
    value: figureNumber.optional().describe('The number, where the claim gives one number.'),
    low: figureNumber.optional().describe('The low end, where the claim gives a range.'),
    high: figureNumber.optional().describe('The high end, where the claim gives a range.'),
    /** True where the figure is a floor ("at least", "more than"). */
    atLeast: z.boolean().default(false).describe('True where the figure is a floor ("at least", "more than").'),
    unit: nonEmpty('the unit (e.g. "prisoners")').describe('What is counted, in words, e.g. "prisoners".'),
    measure: z
      .enum(FIGURE_MEASURES, { error: `expected what is measured: ${FIGURE_MEASURES.join(', ')}` })
      .describe('What happened to those counted: recruited, deployed, killed, returned, or the prison population.'),
    kind: z
      .enum(FIGURE_KINDS, { error: `expected the figure kind: ${FIGURE_KINDS.join(', ')}` })
      .describe('count (from records), estimate, or self-reported (the claimant counting its own).'),
    /** The date the figure counts to (the end of its period); when it was published is the claim's date. */
    asOf: partialDate.describe("The date the figure counts to (the end of its period); when it was published is the claim's date."),
    method: z.string().optional().describe('How the claimant arrived at the figure, where it says.'),
    period: z
      .enum(FIGURE_PERIODS, { error: `expected the period the figure counts: ${FIGURE_PERIODS.join(', ')}` })
      .optional()
      .describe('running-total: everything up to asOf; flow: between from and asOf; stock: how many at asOf.'),
    /** For a flow: the first day of the period it counts. */
    from: partialDate.optional().describe('For a flow: the start of the period it counts.'),
    population: z
      .enum(FIGURE_POPULATIONS, { error: `expected the population counted: ${FIGURE_POPULATIONS.join(', ')}` })
      .optional()
      .describe('Of whom: prisoners only, or all fighters of a force, or all troops.'),
    series: slug.optional().describe("A claimant's running estimates over time share one series id; the chart draws a series as a line."),
  })
  .strict()
  .superRefine(refineWith(FIGURE_RULES));

/**
 * A record's text in Russian, beside the English: the Russian edition shows it, and falls back
 * to the English (marked as English) where a field is absent. One block per language, named by
 * its code, so a third language is one more block.
 */
const russian = <T extends z.ZodRawShape>(shape: T, what: string) =>
  z.object(shape).strict().optional().describe(`The ${what} in Russian, for the Russian edition; a field left out is shown in English there.`);

export const claimSchema = z
  .object({
    id: slug.describe("Permanent id: lowercase letters, digits and hyphens; the claim page's address."),
    /** Our own neutral wording of what is claimed. */
    statement: nonEmpty('the statement').describe('Our own neutral wording of what is claimed.'),
    claimant: claimantSchema.describe('Who makes the claim: name as published, how identified, and their kind.'),
    /** When the claim was made or first reported; its precision is its written form. */
    /** When the claim was made or first reported; YYYY, YYYY-MM or YYYY-MM-DD, the form is the precision. */
    date: partialDate.describe('When the claim was made or first reported; YYYY, YYYY-MM or YYYY-MM-DD, the form is the precision.'),
    sources: z
      .array(claimSourceSchema, { error: 'expected a list of sources' })
      .min(1, { error: 'expected at least one source' })
      .describe('Where the claim was reported: source ids, each with the quotation and where in the text.'),
    status: status.describe('The verification status (see the methodology page); the claimant kind decides which it may take.'),
    /** Why this status, in one or two sentences. */
    basis: nonEmpty('the basis for the status').describe('Why this status, in one or two sentences; shown beside the badge.'),
    /** Whose verification the status rests on: the reporting outlet, or "this project". */
    assessedBy: z.string().trim().min(1).optional().describe('Whose verification the status rests on; required for "confirmed".'),
    responses: z.array(responseSchema).default([]).describe('Reactions of the party concerned (denials, refusals to comment): not verification.'),
    figure: figureSchema.optional().describe('A number the claim gives, with what it counts and of whom.'),
    topics: idList('topic').default([]).describe('Topic ids, e.g. "recruitment", "casualties": they group claims on topic pages and in search filters.'),
    corroborates: idList('claim')
      .default([])
      .describe('Claims from an independent line of reporting that say the same; the check refuses a link within one line.'),
    contradicts: idList('claim').default([]).describe('Claims this one conflicts with.'),
    supersedes: idList('claim').default([]).describe('Claims a later fact in this one overtook.'),
    supersededBy: slug
      .optional()
      .describe('For a "superseded" claim: the claim whose later fact overtook it (never the same claimant\'s later estimate: that is a series).'),
    consistentWith: idList('claim')
      .default([])
      .describe('Claims this one agrees with that are not independent of it (same line of reporting): agreement, not corroboration.'),
    /** For a distortion: the original wording it distorts, quoted from the original. */
    original: z
      .string()
      .optional()
      .describe("For a distortion: the original wording, quoted from the original; the copy's wording is the quote on its source."),
    change: z
      .enum(CHANGE_KINDS, { error: `expected the kind of change a copy made: ${CHANGE_KINDS.join(', ')}` })
      .optional()
      .describe('For a distortion: how the copy changed the original.'),
    /** Entities the claim is about: people, units, colonies, places. */
    about: idList('entity').default([]).describe('Entities the claim is about: people, units, colonies, places.'),
    formerIds: idList('claim').default([]).describe('Ids this claim was published under before a rename or a merge: their old addresses lead to this page.'),
    ru: russian(
      {
        statement: nonEmpty('the statement in Russian').optional().describe('The statement in Russian, same meaning as the English.'),
        basis: nonEmpty('the basis in Russian').optional().describe('The basis in Russian, same meaning as the English.'),
        unit: nonEmpty("the figure's unit in Russian")
          .optional()
          .describe('The figure\'s unit in Russian, as it follows a number (genitive plural: "заключённых").'),
        method: nonEmpty("the figure's method in Russian").optional().describe("The figure's method in Russian, same meaning as the English."),
      },
      'statement, basis and figure words',
    ),
    draft: z.boolean().default(false).describe('A draft is checked but never published.'),
  })
  .strict()
  .superRefine(refineWith(CLAIM_RULES));

export type Claim = z.output<typeof claimSchema>;

/* ----------------------------------------------------------------- findings */

const FINDING_KINDS = ['copy-method', 'omission', 'addition', 'framing', 'dateline', 'naming', 'spelling', 'attribution', 'arithmetic', 'carrier'] as const;
const CERTAINTIES = ['established', 'probable', 'hypothesis'] as const;

/** The project's own observation about a text: not a claim, never a ClaimReview. */
export const findingSchema = z
  .object({
    id: slug.describe("Permanent id; a finding that was once a claim keeps the claim's id."),
    kind: z
      .enum(FINDING_KINDS, { error: `expected the kind of finding: ${FINDING_KINDS.join(', ')}` })
      .describe(
        'What the observation is about: how a copy was made, what it dropped or added, a dateline, a name, an attribution, arithmetic, where a text is carried.',
      ),
    statement: nonEmpty('the statement').describe('What the project observed, in one or two sentences.'),
    sources: z
      .array(claimSourceSchema, { error: 'expected a list of sources' })
      .min(1, { error: 'expected at least one source' })
      .describe('The texts the finding is about.'),
    basis: nonEmpty('the basis for the finding').describe('How the project knows: what was compared with what.'),
    certainty: z
      .enum(CERTAINTIES, { error: `expected the certainty: ${CERTAINTIES.join(', ')}` })
      .default('established')
      .describe('established, probable, or a hypothesis the project has not confirmed.'),
    /** When the project made the observation, or the date of the text it is about. */
    date: partialDate.describe('When the project made the observation, or the date of the text it is about.'),
    about: idList('entity').default([]).describe('Entities the finding concerns.'),
    topics: idList('topic').default([]).describe('Topic ids, as on claims.'),
    formerClaimIds: idList('claim')
      .default([])
      .describe('Ids under which this observation was published as a claim (/claims/<id>/) before findings were their own kind: those addresses lead here.'),
    ru: russian(
      {
        statement: nonEmpty('the statement in Russian').optional().describe('The statement in Russian, same meaning as the English.'),
        basis: nonEmpty('the basis in Russian').optional().describe('The basis in Russian, same meaning as the English.'),
      },
      'statement and basis',
    ),
    draft: z.boolean().default(false).describe('A draft is checked but never published.'),
  })
  .strict();

export type Finding = z.output<typeof findingSchema>;

/* ------------------------------------------------------------------ reports */

const correctionSchema = z
  .object({
    date: fullDate.describe('The day the change was published, YYYY-MM-DD.'),
    note: nonEmpty('what changed').describe('What changed and why, in a sentence or two: every change of substance is logged.'),
  })
  .strict();

export const reportSchema = z
  .object({
    title: nonEmpty('the title').describe("The report's headline."),
    summary: nonEmpty('a one- or two-sentence summary').describe('One or two sentences: shown in lists, search results and link previews.'),
    published: fullDate.describe('The day the report was first published, YYYY-MM-DD.'),
    updated: fullDate.optional().describe('The day of the latest change of substance (log it in corrections), YYYY-MM-DD.'),
    sources: idList('source').min(1, { error: 'expected at least one source id' }).describe('The sources the report documents (ids in content/sources).'),
    /** Claims listed with the report besides those placed in its text with <Claim id="…" />. */
    claims: idList('claim').default([]).describe('Claims listed with the report besides those placed in its text with <Claim id="…" />.'),
    /** Findings listed with the report. */
    findings: idList('finding').default([]).describe("The project's findings (content/findings) about the report's texts."),
    verification: z
      .object({
        status: status.describe('How well the report as a whole stands up.'),
        basis: nonEmpty('the basis for the status').describe('Why that status, in one or two sentences.'),
      })
      .strict()
      .describe("The report's overall verification status and its basis."),
    topics: idList('topic').default([]).describe('Topic ids, as on claims.'),
    corrections: z.array(correctionSchema).default([]).describe('The corrections log: every change of substance after publication, dated.'),
    translationOf: z
      .object({
        id: slug.describe('The id of the English report (its file name without .mdx).'),
        updated: fullDate.describe(
          "The English report's updated date (or published, if never updated) when this translation was made or last brought up to date.",
        ),
      })
      .strict()
      .optional()
      .describe('Only in a translation (content/reports/ru/<id>.mdx): which version of the English report it follows.'),
    draft: z.boolean({ error: 'expected true or false' }).default(false).describe('A draft is checked but never built: no page, no images, no open data.'),
  })
  .strict();

export type Report = z.output<typeof reportSchema>;

/* ------------------------------------------------------------------- events */

export const eventSchema = z
  .object({
    id: slug.describe('Permanent id, conventionally "ev-" and the date.'),
    date: partialDate.describe('When it happened; YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources allow.'),
    title: nonEmpty('the event title').describe('What happened, in a short line.'),
    description: z.string().optional().describe('A sentence or two of context.'),
    claims: idList('claim').default([]).describe('Claims about this event.'),
    findings: idList('finding').default([]).describe('Findings (content/findings) about texts published at this event.'),
    reports: idList('report').default([]).describe('Reports that cover this event (report file names without .mdx).'),
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
  findings: findingSchema,
  events: eventSchema,
  entities: entitySchema,
} as const;

export type DataCollection = keyof typeof DATA_COLLECTIONS;
export * from './collation.ts';
