/**
 * The one verification vocabulary. Badges, the methodology page, the schema enum,
 * the search filters and ClaimReview ratings all read from this module.
 */
export const STATUS_IDS = [
  'confirmed',
  'corroborated',
  'reported',
  'unverified',
  'claimed',
  'disputed',
  'false',
  'superseded',
] as const;

export type StatusId = (typeof STATUS_IDS)[number];

export interface StatusDefinition {
  id: StatusId;
  label: string;
  /** One line, shown beside badges and in the legend. */
  definition: string;
  /** The longer explanation for the methodology page. */
  explanation: string;
  /** A text symbol so the badge never relies on colour alone. */
  symbol: string;
  /**
   * Whether the status is a verdict on the claim's truth. Only verdicts are published as
   * schema.org ClaimReview; "reported" or "claimed" describe sourcing, not truth.
   */
  verdict: boolean;
  /** ClaimReview ratingValue on a 1 (false) to 5 (true) scale, for verdicts only. */
  rating?: number;
}

export const STATUSES: Record<StatusId, StatusDefinition> = {
  confirmed: {
    id: 'confirmed',
    label: 'Confirmed',
    definition: 'Verified by documents, recordings or this project’s own checks.',
    explanation:
      'Someone did the verification and said how: an outlet examined a document or recording, or this project checked the record itself. The status names who did it (assessed by). A confirmed claim is still only as strong as the evidence described in its basis.',
    symbol: '✔',
    verdict: true,
    rating: 5,
  },
  corroborated: {
    id: 'corroborated',
    label: 'Corroborated',
    definition: 'Reported by two or more independent sources.',
    explanation:
      'At least two sources that do not descend from one another say the same thing. Republications, translations, excerpts and rewrites of one original count as that original: five copies of one report are one source. Two reports by the same outlet also count once.',
    symbol: '◆',
    verdict: true,
    rating: 4,
  },
  reported: {
    id: 'reported',
    label: 'Reported',
    definition: 'Reported by one credible source; not independently verified.',
    explanation:
      'A single credible outlet published it and we found no independent confirmation or contradiction. This is a statement about sourcing, not a verdict: it may well be true, but it rests on one report.',
    symbol: '●',
    verdict: false,
  },
  unverified: {
    id: 'unverified',
    label: 'Unverified',
    definition: 'The reporting says explicitly that it could not verify this.',
    explanation:
      'The outlet that carried the claim tells its readers it could not check it independently. We keep that caveat attached to the claim wherever it travels, because copies tend to drop it.',
    symbol: '○',
    verdict: false,
  },
  claimed: {
    id: 'claimed',
    label: 'Claimed',
    definition: 'Asserted by an interested party.',
    explanation:
      'The claimant has a stake in the claim being believed: a recruiter, a government, a military body, a campaign group speaking about its own findings. Such claims are recorded because who says what is itself news, not because they are established.',
    symbol: '◇',
    verdict: false,
  },
  disputed: {
    id: 'disputed',
    label: 'Disputed',
    definition: 'Credible sources conflict.',
    explanation:
      'Sources we consider credible give incompatible accounts, and the evidence does not let us choose. The claim page links the conflicting claims.',
    symbol: '⇄',
    verdict: true,
    rating: 3,
  },
  false: {
    id: 'false',
    label: 'False',
    definition: 'The evidence contradicts it.',
    explanation:
      'The available evidence shows the claim is wrong. Distortions introduced when a report is copied, translated or rewritten are recorded here, beside the original wording they distort.',
    symbol: '✘',
    verdict: true,
    rating: 1,
  },
  superseded: {
    id: 'superseded',
    label: 'Superseded',
    definition: 'True when said, since changed.',
    explanation:
      'The claim was accurate, or the best figure available, at the time; later information replaced it. The claim page links what superseded it.',
    symbol: '↻',
    verdict: true,
    rating: 3,
  },
};

export const STATUS_LIST: StatusDefinition[] = STATUS_IDS.map((id) => STATUSES[id]);
