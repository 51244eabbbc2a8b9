/**
 * The one verification vocabulary. Badges, the methodology page, the schema enum,
 * the search filters and ClaimReview ratings all read from this module.
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
    definition: 'One credible news outlet reported it; nobody has yet confirmed or contradicted it.',
    explanation:
      'A single credible outlet published it and we found no independent confirmation or contradiction. This is a statement about sourcing, not a verdict: it may well be true, but it rests on one report.',
    symbol: '●',
    verdict: false,
  },
  unverified: {
    id: 'unverified',
    label: 'Unverified',
    definition: 'Even the outlet that carried it says it could not check it.',
    explanation:
      'The outlet that carried the claim tells its readers it could not check it independently. We keep that caveat attached to the claim wherever it travels, because copies tend to drop it.',
    symbol: '○',
    verdict: false,
  },
  claimed: {
    id: 'claimed',
    label: 'Claimed',
    definition: 'Said by someone with a stake in it being believed (a government, an army, a recruiter, a campaign group); not checked.',
    explanation:
      "The claimant has a stake in the claim being believed: a party to the war, a foreign government or intelligence service, a recruiter, a campaign group speaking about its own findings. Which claimants these are is decided by the claimant's kind, not case by case (see the table of claimant kinds). Such claims are recorded because who says what is itself news, not because they are established.",
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
  misleading: {
    id: 'misleading',
    label: 'Misleading',
    definition: 'Accurate in part, but worded or cut so that it leaves a wrong impression.',
    explanation:
      'The words can be defended one by one, yet the claim misleads: a bound is changed ("up to" becomes "around"), an offer is hardened into a promise, a caveat or the context that changes its meaning is dropped. Distortions of emphasis made when a report is copied are rated here, beside the original wording, with the kind of change named. We keep "false" for what the evidence contradicts.',
    symbol: '◐',
    verdict: true,
    rating: 2,
  },
  false: {
    id: 'false',
    label: 'False',
    definition: 'The evidence contradicts it.',
    explanation:
      'The available evidence shows the claim is wrong: not a shift of emphasis (that is "misleading") but a statement the evidence contradicts, such as a quotation given to the wrong speaker. Spelling and naming slips in a copy are not claims at all: they are recorded as findings about the copy.',
    symbol: '✘',
    verdict: true,
    rating: 1,
  },
  superseded: {
    id: 'superseded',
    label: 'Superseded',
    definition: 'True when said, since changed.',
    explanation:
      "The claim was accurate when made, and a later fact overtook it (a denial of mobilisation before the mobilisation). A claimant's running estimates over time are not superseded by one another: they form a series, and each keeps its own status.",
    symbol: '↻',
    verdict: true,
    rating: 3,
  },
};

export const STATUS_LIST: StatusDefinition[] = STATUS_IDS.map((id) => STATUSES[id]);

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

export interface ClaimantKind {
  id: ClaimantKindId;
  label: string;
  /** Who belongs here. */
  definition: string;
  /** True where the claimant has a stake in being believed: "claimed" replaces "reported" for it. */
  interested: boolean;
  /** The statuses a claim by this kind of claimant may take. */
  statuses: readonly StatusId[];
  /** Why, in one sentence, for the methodology table. */
  why: string;
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
export const CLAIMANT_KINDS: Record<ClaimantKindId, ClaimantKind> = {
  'party-to-war': {
    id: 'party-to-war',
    label: 'Party to the war',
    definition: 'A state body of either warring side, its military, intelligence service or officials, speaking in that role.',
    interested: true,
    statuses: INTERESTED,
    why: 'It has a direct stake in what is believed about the war; its word alone is a claim.',
  },
  'foreign-government': {
    id: 'foreign-government',
    label: 'Foreign government or intelligence',
    definition:
      'A government, ministry or intelligence service of a state not fighting the war (for example Britain’s defence intelligence or the White House’s National Security Council).',
    interested: true,
    statuses: INTERESTED,
    why: 'It backs a side and rarely publishes its evidence; treating every state alike keeps the rule one rule.',
  },
  recruiter: {
    id: 'recruiter',
    label: 'Recruiter',
    definition: 'Wagner, its founder, or another body recruiting prisoners, speaking of its own recruitment.',
    interested: true,
    statuses: INTERESTED,
    why: 'It speaks of its own record and gains from the numbers it gives.',
  },
  'campaign-group': {
    id: 'campaign-group',
    label: 'Campaign group',
    definition: 'A rights group or activist speaking of its own findings (e.g. Gulagu.net, Russia Behind Bars).',
    interested: true,
    statuses: INTERESTED,
    why: 'Its figures are often the only ones, but it campaigns on them and rarely shows its method.',
  },
  outlet: {
    id: 'outlet',
    label: 'Outlet',
    definition: 'A news organisation or news agency speaking for its own reporting.',
    interested: false,
    statuses: DISINTERESTED,
    why: 'A credible outlet’s single report is "reported"; more needs independent reporting or a check.',
  },
  copy: {
    id: 'copy',
    label: 'Copy',
    definition: 'A republication, excerpt, translation or rewrite, speaking through what it changed.',
    interested: false,
    statuses: DISINTERESTED,
    why: 'What a copy says is compared with its original; the verdict is on the copy’s wording.',
  },
  witness: {
    id: 'witness',
    label: 'Witness',
    definition: 'A person speaking of what they saw or lived: a prisoner, a recruit, a survivor.',
    interested: false,
    statuses: DISINTERESTED,
    why: 'Testimony is reported as given; the outlet’s caveats travel with it.',
  },
  relative: {
    id: 'relative',
    label: 'Relative',
    definition: 'A family member of a prisoner or recruit, speaking of what they saw or were told.',
    interested: false,
    statuses: DISINTERESTED,
    why: 'Like a witness: reported as given, unverified where the outlet says it could not check.',
  },
  'anonymous-source': {
    id: 'anonymous-source',
    label: 'Anonymous source',
    definition: 'A person or group an outlet quotes without a name and without a changed name.',
    interested: false,
    statuses: DISINTERESTED,
    why: 'The outlet vouches for the source; the claim is as strong as that one line of reporting.',
  },
  scholar: {
    id: 'scholar',
    label: 'Scholar',
    definition: 'A researcher speaking from published work.',
    interested: false,
    statuses: DISINTERESTED,
    why: 'A researcher’s statement is reported like an outlet’s, and judged on its method.',
  },
  'this-project': {
    id: 'this-project',
    label: 'This project',
    definition: 'From Colony to Front itself.',
    interested: false,
    statuses: [],
    why: 'The project does not fact-check itself: its observations about a text are findings, never claims.',
  },
};

export const CLAIMANT_KIND_LIST: ClaimantKind[] = CLAIMANT_KIND_IDS.map((id) => CLAIMANT_KINDS[id]);
