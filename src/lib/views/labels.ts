/**
 * Every enumerated value a reader sees, as words, in one place: pages, the search index and
 * the open data print these tables and nothing else, so the same value reads the same
 * everywhere. Statuses keep their words in src/schema/status.ts (the verification vocabulary).
 * A label is written as it starts a line or a table cell; inSentence() gives its form
 * inside a sentence.
 */
import type { Claim, FIGURE_MEASURES, Source } from '../../schema/index.ts';

type Figure = NonNullable<Claim['figure']>;

export const SOURCE_KIND_LABELS: Record<Source['kind'], string> = {
  'original-reporting': 'Original reporting',
  republication: 'Republication',
  excerpt: 'Excerpt',
  translation: 'Translation',
  rewrite: 'Rewrite',
  aggregation: 'Aggregation',
  'official-statement': 'Official statement',
  research: 'Research',
  dataset: 'Dataset',
};

export const FIGURE_KIND_LABELS: Record<Figure['kind'], string> = {
  count: 'Count',
  estimate: 'Estimate',
  'self-reported': 'Self-reported',
};

export const MEASURE_LABELS: Record<(typeof FIGURE_MEASURES)[number], string> = {
  recruited: 'Prisoners recruited',
  deployed: 'Prisoners deployed',
  killed: 'Recruited prisoners killed',
  returned: 'Recruits returned',
  'prison-population': 'Prison population',
  other: 'Other figures',
};

export const RESPONSE_LABELS: Record<Claim['responses'][number]['kind'], string> = {
  denied: 'Denied',
  'declined-to-comment': 'Declined to comment',
  'did-not-respond': 'Did not respond',
  confirmed: 'Confirmed',
  acknowledged: 'Acknowledged',
  disputed: 'Disputed',
};

export const IDENTIFICATION_LABELS: Record<Claim['claimant']['identification'], string> = {
  named: 'Named',
  'changed-name': 'Name changed',
  anonymous: 'Anonymous',
  institution: 'Institution',
};

/** How a copy changed its original, as a claim page says it. */
export const CHANGE_LABELS: Record<NonNullable<Claim['change']>, string> = {
  softened: 'Softened',
  hardened: 'Hardened',
  misattributed: 'Misattributed',
  mistranslated: 'Mistranslated',
  added: 'Added to the original',
  omitted: 'Left out part of the original',
};

export type Relation = 'corroborates' | 'consistentWith' | 'contradicts' | 'supersedes';

/** How one claim relates to another, seen from the claim that points and from the claim pointed at. */
export const RELATION_LABELS: Record<Relation, { outgoing: string; incoming: string }> = {
  corroborates: { outgoing: 'Corroborates', incoming: 'Corroborated by' },
  consistentWith: { outgoing: 'Consistent with (same line of reporting)', incoming: 'Consistent with (same line of reporting)' },
  contradicts: { outgoing: 'Contradicts', incoming: 'Contradicted by' },
  supersedes: { outgoing: 'Supersedes', incoming: 'Superseded by' },
};

export const LOG_LABELS = { published: 'Published', updated: 'Updated', correction: 'Correction' } as const;

export const CONTENT_TYPE_LABELS = { report: 'Report', claim: 'Claim', source: 'Source', finding: 'Finding' } as const;

/** "terms-offered" → "Terms offered": topics are ids; readers see words. */
export function topicLabel(id: string): string {
  const words = id.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A label inside a sentence: "Self-reported" → "self-reported". Only the first letter changes. */
export function inSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}
