/**
 * A collation record (content/collations/*.yaml): which witness is the copy, which the original,
 * the passage of each that is compared, and the desk's judgement of every variant the machine
 * finds between them (src/lib/collation computes the variants at build).
 */
import { z } from 'zod';
import { nonEmpty, slug } from './fields.ts';

const JUDGEMENTS = ['neutral', 'distortion'] as const;

const scopeSchema = z
  .object({
    from: nonEmpty('the first words of the passage').optional().describe('The passage starts where these words first stand in the text (default: the start).'),
    to: nonEmpty('the last words of the passage').optional().describe('The passage ends where these words, after `from`, end (default: the end).'),
  })
  .strict();

const judgementSchema = z
  .object({
    original: z
      .string({ error: 'expected the wording in the original, as the check prints it ("" for an addition)' })
      .describe('The variant’s words in the original, as `npm run check` prints them ("" for an addition).'),
    copy: z
      .string({ error: 'expected the wording in the copy, as the check prints it ("" for an omission)' })
      .describe('The variant’s words in the copy, as `npm run check` prints them ("" for an omission).'),
    occurrence: z
      .number({ error: 'expected a whole number from 1' })
      .int()
      .min(1)
      .default(1)
      .describe('Which occurrence of this same variant (1 for the first).'),
    judgement: z
      .enum(JUDGEMENTS, { error: `expected the judgement: ${JUDGEMENTS.join(' or ')}` })
      .describe('neutral (wording, spelling, translation noise) or distortion (it changes a fact, who acted, how, or a hedge).'),
    record: slug.optional().describe('The claim or finding that records the change: required for a distortion.'),
    reason: nonEmpty('a short reason').describe('Why, in a short sentence.'),
  })
  .strict()
  .superRefine((j, ctx) => {
    if (j.judgement === 'distortion' && !j.record)
      ctx.addIssue({ code: 'custom', path: ['record'], message: 'expected the id of the claim or finding that records this distortion, found none' });
  });

export const collationSchema = z
  .object({
    copy: slug.describe('The source id of the copy (a republication, excerpt, translation or rewrite) whose text is in content/texts/.'),
    original: slug.describe('The source id of the text it is compared with: its original, or the closest surviving witness of it.'),
    originalScope: scopeSchema.optional().describe('The passage of the original compared (default: all of it).'),
    copyScope: scopeSchema.optional().describe('The passage of the copy compared (default: all of it).'),
    note: z.string().optional().describe('Why this pair, and what the passage covers.'),
    variants: z.array(judgementSchema, { error: 'expected a list of judgements' }).default([]).describe('The judgement of every variant.'),
  })
  .strict();

export type CollationRecord = z.output<typeof collationSchema>;
export type VariantJudgement = CollationRecord['variants'][number];
