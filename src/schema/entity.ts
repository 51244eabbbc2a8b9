/**
 * People, organisations, military units, institutions and places the reporting names, with
 * every name they are known by, so pages can gather their claims and search can find them
 * under any spelling. Re-exported from the schema index; depends on zod only.
 */
import { z } from 'zod';
import { nonEmpty, slug } from './fields.ts';
import { ENTITY_NAME_RULES, ENTITY_RULES, refineWith } from './record-rules/index.ts';

export const ENTITY_KINDS = ['person', 'organisation', 'military-unit', 'institution', 'place'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Scripts a name may be written in; the language tag says which language's spelling it is. */
const NAME_SCRIPTS = ['latin', 'cyrillic'] as const;

const entityNameSchema = z
  .object({
    /** The name exactly as written, e.g. "Пригожин" or "Prigogine". */
    name: nonEmpty('the name as written').describe('The name exactly as written, e.g. "Пригожин" or "Prigogine".'),
    script: z
      .enum(NAME_SCRIPTS, { error: `expected the script the name is written in: ${NAME_SCRIPTS.join(', ')}` })
      .describe('The writing system: latin or cyrillic.'),
    /** The language whose spelling this is, e.g. "ru", "en", "fr", "de", "pl". */
    language: z
      .string({ error: 'expected a language code such as "en" or "ru"' })
      .regex(/^[a-z]{2,3}$/, { error: 'expected a language code such as "en" or "ru"' })
      .describe('The language whose spelling this is, e.g. "ru", "en", "fr".'),
    /** A misspelling or garbling found in a source: searchable, never shown as correct. */
    wrong: z
      .boolean({ error: 'expected true or false' })
      .default(false)
      .describe('True for a misspelling or garbling found in a source: searchable, never shown as correct.'),
    /** Where a wrong spelling (or an unusual one) appears: a source id. */
    source: slug.optional().describe('The source (id) where a wrong or unusual spelling appears; required for a wrong one.'),
    /** A short note, e.g. "the name of the penal colony's village". */
    note: z.string().optional().describe('A short note about this name.'),
  })
  .strict()
  .superRefine(refineWith(ENTITY_NAME_RULES));

export type EntityName = z.output<typeof entityNameSchema>;

export const entitySchema = z
  .object({
    id: slug.describe("Permanent id; the entity page's address."),
    /** The canonical English name the site shows. */
    name: nonEmpty('the canonical English name').describe('The canonical English name the site shows.'),
    kind: z
      .enum(ENTITY_KINDS, { error: `expected the kind of entity: ${ENTITY_KINDS.join(', ')}` })
      .describe('person, organisation, military-unit, institution (a penal colony, a ministry) or place.'),
    /** One line, in this project's words: who or what it is. */
    description: nonEmpty('a one-line description').describe("One line, in this project's words: who or what it is."),
    /** Other names: Cyrillic, transliterations, spellings found in sources (wrong ones marked). */
    names: z
      .array(entityNameSchema, { error: 'expected a list of names' })
      .default([])
      .describe('Other names: Cyrillic, transliterations, spellings found in sources (wrong ones marked); search finds the entity by any of them.'),
    /**
     * A name the reporting gave to protect someone. The page says so, and no record may link
     * it to a real identity.
     */
    pseudonym: z
      .boolean({ error: 'expected true or false' })
      .default(false)
      .describe('True for a name the reporting gave to protect someone: the page says so, and no record may link it to a real identity.'),
    /** Who gave the pseudonym and why, where the reporting says. */
    pseudonymNote: z.string().optional().describe('Who gave the pseudonym and why, where the reporting says; required for a pseudonym.'),
    /** Sources that establish who or what this is (ids of source records). */
    sources: z
      .array(slug, { error: 'expected a list of source ids' })
      .min(1, { error: 'expected at least one source that establishes who or what this is' })
      .describe('Sources (ids) that establish who or what this is.'),
    /** A larger entity it belongs to: a colony's region, a unit's organisation. */
    partOf: slug.optional().describe("A larger entity (id) it belongs to: a colony's region, a unit's organisation."),
    ru: z
      .object({ description: nonEmpty('the description in Russian').optional().describe('The one-line description in Russian.') })
      .strict()
      .optional()
      .describe('The description in Russian, for the Russian edition; left out, it is shown in English there.'),
  })
  .strict()
  .superRefine(refineWith(ENTITY_RULES));

export type Entity = z.output<typeof entitySchema>;
