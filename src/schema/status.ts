/**
 * The one verification vocabulary: the status ids the schema enum takes, which statuses are
 * verdicts, and which statuses each kind of claimant allows. Their words for readers are in
 * src/lib/text/labels.ts.
 */
export const STATUS_IDS = ['confirmed', 'corroborated', 'reported', 'unverified', 'claimed', 'disputed', 'misleading', 'false', 'superseded'] as const;

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

/**
 * What the rules and the ClaimReview output know of each status: whether it is a verdict and
 * its rating. The words readers see (label, definition, explanation, symbol) are in
 * src/lib/text/labels.ts, which joins the two into STATUSES.
 */
export const STATUS_VERDICTS: Record<StatusId, Pick<StatusDefinition, 'id' | 'verdict' | 'rating'>> = {
  confirmed: { id: 'confirmed', verdict: true, rating: 5 },
  corroborated: { id: 'corroborated', verdict: true, rating: 4 },
  reported: { id: 'reported', verdict: false },
  unverified: { id: 'unverified', verdict: false },
  claimed: { id: 'claimed', verdict: false },
  disputed: { id: 'disputed', verdict: true, rating: 3 },
  misleading: { id: 'misleading', verdict: true, rating: 2 },
  false: { id: 'false', verdict: true, rating: 1 },
  superseded: { id: 'superseded', verdict: true, rating: 3 },
};

/* ------------------------------------------------------------ claimant kinds */

/** Statuses that describe sourcing, not truth: the ceiling for a claim resting on texts we have not read. */
export const SOURCING_STATUSES: readonly StatusId[] = ['reported', 'unverified', 'claimed'];

export const CLAIMANT_KIND_IDS = [
  'party-to-war',
  'foreign-government',
  'recruiter',
  'campaign-group',
  'outlet',
  'copy',
  'witness',
  'relative',
  'anonymous-source',
  'scholar',
  'this-project',
] as const;

export type ClaimantKindId = (typeof CLAIMANT_KIND_IDS)[number];

/** What the claimant-kind rule knows of a kind; its words for readers are in src/lib/text/labels.ts. */
export interface ClaimantKindRule {
  id: ClaimantKindId;
  /** True where the claimant has a stake in being believed: "claimed" replaces "reported" for it. */
  interested: boolean;
  /** The statuses a claim by this kind of claimant may take. */
  statuses: readonly StatusId[];
  /** Why, in one sentence, for the methodology table and the check's hint. */
  why: string;
}

export interface ClaimantKind extends ClaimantKindRule {
  label: string;
  /** Who belongs here. */
  definition: string;
}

const VERDICTS: readonly StatusId[] = ['confirmed', 'corroborated', 'disputed', 'misleading', 'false', 'superseded'];
const INTERESTED: readonly StatusId[] = ['claimed', ...VERDICTS];
const DISINTERESTED: readonly StatusId[] = ['reported', 'unverified', ...VERDICTS];

/**
 * The one rule for "claimed": it follows from the claimant's kind. Every state body is an
 * interested party, whether it fights in the war or backs a side (its evidence is rarely
 * published and its assessments serve a policy); so are recruiters and campaign groups. Their
 * word alone is "claimed", never "reported"; independent evidence can still lift it to a verdict.
 * Everyone else is "reported" (or "unverified") on their own word, never "claimed". The project
 * itself makes no claims: its observations are findings.
 */
export const CLAIMANT_KINDS: Record<ClaimantKindId, ClaimantKindRule> = {
  'party-to-war': {
    id: 'party-to-war',
    interested: true,
    statuses: INTERESTED,
    why: 'It has a direct stake in what is believed about the war; its word alone is a claim.',
  },
  'foreign-government': {
    id: 'foreign-government',
    interested: true,
    statuses: INTERESTED,
    why: 'It backs a side and rarely publishes its evidence; treating every state alike keeps the rule one rule.',
  },
  recruiter: {
    id: 'recruiter',
    interested: true,
    statuses: INTERESTED,
    why: 'It speaks of its own record and gains from the numbers it gives.',
  },
  'campaign-group': {
    id: 'campaign-group',
    interested: true,
    statuses: INTERESTED,
    why: 'Its figures are often the only ones, but it campaigns on them and rarely shows its method.',
  },
  outlet: {
    id: 'outlet',
    interested: false,
    statuses: DISINTERESTED,
    why: 'A credible outlet’s single report is "reported"; more needs independent reporting or a check.',
  },
  copy: {
    id: 'copy',
    interested: false,
    statuses: DISINTERESTED,
    why: 'What a copy says is compared with its original; the verdict is on the copy’s wording.',
  },
  witness: {
    id: 'witness',
    interested: false,
    statuses: DISINTERESTED,
    why: 'Testimony is reported as given; the outlet’s caveats travel with it.',
  },
  relative: {
    id: 'relative',
    interested: false,
    statuses: DISINTERESTED,
    why: 'Like a witness: reported as given, unverified where the outlet says it could not check.',
  },
  'anonymous-source': {
    id: 'anonymous-source',
    interested: false,
    statuses: DISINTERESTED,
    why: 'The outlet vouches for the source; the claim is as strong as that one line of reporting.',
  },
  scholar: {
    id: 'scholar',
    interested: false,
    statuses: DISINTERESTED,
    why: 'A researcher’s statement is reported like an outlet’s, and judged on its method.',
  },
  'this-project': {
    id: 'this-project',
    interested: false,
    statuses: [],
    why: 'The project does not fact-check itself: its observations about a text are findings, never claims.',
  },
};
