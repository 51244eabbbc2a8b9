/**
 * Every enumerated value a reader sees, as words, in one place: pages, the search index, the
 * open data, the methodology and the generated docs print these tables and nothing else, so
 * the same value reads the same everywhere. A label is written as it starts a line or a table
 * cell; inSentence() gives its form inside a sentence.
 *
 * A leaf: it imports nothing from src/lib, only the schema's ids and types, so every layer
 * (content rules, views, search, output, editor) may use it, and so may the search page's script.
 */
import type { Claim, EntityKind, FIGURE_MEASURES, Finding, Source } from '../../schema/index.ts';
import {
  CLAIMANT_KIND_IDS,
  CLAIMANT_KINDS,
  STATUS_IDS,
  STATUS_VERDICTS,
  type ClaimantKind,
  type ClaimantKindId,
  type StatusDefinition,
  type StatusId,
} from '../../schema/status.ts';

type Figure = NonNullable<Claim['figure']>;

const SOURCE_KIND_LABELS: Record<Source['kind'], string> = {
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

/** "original-reporting" → "Original reporting". */
export function sourceKindLabel(kind: Source['kind']): string {
  return SOURCE_KIND_LABELS[kind];
}

export const FIGURE_KIND_LABELS: Record<Figure['kind'], string> = {
  count: 'Count',
  estimate: 'Estimate',
  'self-reported': 'Self-reported',
};

/** What span a figure counts, as the figures table starts the cell. */
export const FIGURE_PERIOD_LABELS: Record<NonNullable<Figure['period']>, string> = {
  'running-total': 'Running total',
  flow: 'Flow over a period',
  stock: 'At one date',
};

/** Of whom a figure counts. */
export const FIGURE_POPULATION_LABELS: Record<NonNullable<Figure['population']>, string> = {
  prisoners: 'Prisoners',
  'all-fighters': 'All fighters of the force',
  'all-troops': 'All troops',
  'colony-population': 'People held in colonies',
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

/** The type a reader filters entity pages by in search. */
export const ENTITY_TYPE_LABEL = 'Profile';

export const ENTITY_KIND_LABELS: Record<EntityKind, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  organisation: { one: 'Organisation', many: 'Organisations' },
  'military-unit': { one: 'Military unit', many: 'Military units' },
  institution: { one: 'Institution', many: 'Institutions' },
  place: { one: 'Place', many: 'Places' },
};

/** The writing system of an entity's name. */
export const SCRIPT_LABELS = { latin: 'Latin', cyrillic: 'Cyrillic' } as const;

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ru: 'Russian', uk: 'Ukrainian', fr: 'French', de: 'German', pl: 'Polish' };

/** "ru" → "Russian"; a code without a name here shows as the code. */
export const languageName = (code: string): string => LANGUAGE_NAMES[code] ?? code;

const FINDING_KIND_LABELS: Record<Finding['kind'], string> = {
  'copy-method': 'How the copy was made',
  omission: 'What the copy dropped',
  addition: 'What the copy added',
  framing: 'How the copy frames it',
  dateline: 'Dateline',
  naming: 'Names',
  spelling: 'Spelling',
  attribution: 'Attribution',
  arithmetic: 'Arithmetic',
  carrier: 'Where the text is carried',
};

/** "dateline" → "Dateline": the reader's words for a finding's kind. */
export const findingKindLabel = (kind: Finding['kind']): string => FINDING_KIND_LABELS[kind];

export const CERTAINTY_LABELS: Record<Finding['certainty'], string> = {
  established: 'Established',
  probable: 'Probable, not confirmed',
  hypothesis: 'A hypothesis we have not confirmed',
};

/* ---------------------------------------------------- statuses and claimant kinds */

const STATUS_WORDS: Record<StatusId, Pick<StatusDefinition, 'label' | 'definition' | 'explanation' | 'symbol'>> = {
  confirmed: {
    label: 'Confirmed',
    definition: 'Verified by documents, recordings or this project’s own checks.',
    explanation:
      'Someone did the verification and said how: an outlet examined a document or recording, or this project checked the record itself. The status names who did it (assessed by). A confirmed claim is still only as strong as the evidence described in its basis.',
    symbol: '✔',
  },
  corroborated: {
    label: 'Corroborated',
    definition: 'Reported by two or more independent sources.',
    explanation:
      'At least two sources that do not descend from one another say the same thing. Republications, translations, excerpts and rewrites of one original count as that original: five copies of one report are one source. Two reports by the same outlet also count once.',
    symbol: '◆',
  },
  reported: {
    label: 'Reported',
    definition: 'One credible news outlet reported it; nobody has yet confirmed or contradicted it.',
    explanation:
      'A single credible outlet published it and we found no independent confirmation or contradiction. This is a statement about sourcing, not a verdict: it may well be true, but it rests on one report.',
    symbol: '●',
  },
  unverified: {
    label: 'Unverified',
    definition: 'Even the outlet that carried it says it could not check it.',
    explanation:
      'The outlet that carried the claim tells its readers it could not check it independently. We keep that caveat attached to the claim wherever it travels, because copies tend to drop it.',
    symbol: '○',
  },
  claimed: {
    label: 'Claimed',
    definition: 'Said by someone with a stake in it being believed (a government, an army, a recruiter, a campaign group); not checked.',
    explanation:
      "The claimant has a stake in the claim being believed: a party to the war, a foreign government or intelligence service, a recruiter, a campaign group speaking about its own findings. Which claimants these are is decided by the claimant's kind, not case by case (see the table of claimant kinds). Such claims are recorded because who says what is itself news, not because they are established.",
    symbol: '◇',
  },
  disputed: {
    label: 'Disputed',
    definition: 'Credible sources conflict.',
    explanation:
      'Sources we consider credible give incompatible accounts, and the evidence does not let us choose. The claim page links the conflicting claims.',
    symbol: '⇄',
  },
  misleading: {
    label: 'Misleading',
    definition: 'Accurate in part, but worded or cut so that it leaves a wrong impression.',
    explanation:
      'The words can be defended one by one, yet the claim misleads: a bound is changed ("up to" becomes "around"), an offer is hardened into a promise, a caveat or the context that changes its meaning is dropped. Distortions of emphasis made when a report is copied are rated here, beside the original wording, with the kind of change named. We keep "false" for what the evidence contradicts.',
    symbol: '◐',
  },
  false: {
    label: 'False',
    definition: 'The evidence contradicts it.',
    explanation:
      'The available evidence shows the claim is wrong: not a shift of emphasis (that is "misleading") but a statement the evidence contradicts, such as a quotation given to the wrong speaker. Spelling and naming slips in a copy are not claims at all: they are recorded as findings about the copy.',
    symbol: '✘',
  },
  superseded: {
    label: 'Superseded',
    definition: 'True when said, since changed.',
    explanation:
      "The claim was accurate when made, and a later fact overtook it (a denial of mobilisation before the mobilisation). A claimant's running estimates over time are not superseded by one another: they form a series, and each keeps its own status.",
    symbol: '↻',
  },
};

const CLAIMANT_KIND_WORDS: Record<ClaimantKindId, Pick<ClaimantKind, 'label' | 'definition'>> = {
  'party-to-war': {
    label: 'Party to the war',
    definition: 'A state body of either warring side, its military, intelligence service or officials, speaking in that role.',
  },
  'foreign-government': {
    label: 'Foreign government or intelligence',
    definition:
      'A government, ministry or intelligence service of a state not fighting the war (for example Britain’s defence intelligence or the White House’s National Security Council).',
  },
  recruiter: {
    label: 'Recruiter',
    definition: 'Wagner, its founder, or another body recruiting prisoners, speaking of its own recruitment.',
  },
  'campaign-group': {
    label: 'Campaign group',
    definition: 'A rights group or activist speaking of its own findings (e.g. Gulagu.net, Russia Behind Bars).',
  },
  outlet: {
    label: 'Outlet',
    definition: 'A news organisation or news agency speaking for its own reporting.',
  },
  copy: {
    label: 'Copy',
    definition: 'A republication, excerpt, translation or rewrite, speaking through what it changed.',
  },
  witness: {
    label: 'Witness',
    definition: 'A person speaking of what they saw or lived: a prisoner, a recruit, a survivor.',
  },
  relative: {
    label: 'Relative',
    definition: 'A family member of a prisoner or recruit, speaking of what they saw or were told.',
  },
  'anonymous-source': {
    label: 'Anonymous source',
    definition: 'A person or group an outlet quotes without a name and without a changed name.',
  },
  scholar: {
    label: 'Scholar',
    definition: 'A researcher speaking from published work.',
  },
  'this-project': {
    label: 'This project',
    definition: 'From Colony to Front itself.',
  },
};

/**
 * The one verification vocabulary as readers see it: each status's words joined to what the
 * schema knows of it (src/schema/status.ts: whether it is a verdict, its rating). Badges, the
 * methodology page, the search filters and ClaimReview ratings all read from here.
 */
export const STATUSES = Object.fromEntries(
  STATUS_IDS.map((id) => {
    const { verdict, rating } = STATUS_VERDICTS[id];
    return [id, { id, ...STATUS_WORDS[id], verdict, ...(rating === undefined ? {} : { rating }) }];
  }),
) as Record<StatusId, StatusDefinition>;

export const STATUS_LIST: StatusDefinition[] = STATUS_IDS.map((id) => STATUSES[id]);

/** Each kind of claimant with its words and its rule (the statuses it allows, and why). */
export const CLAIMANT_KIND_LIST: ClaimantKind[] = CLAIMANT_KIND_IDS.map((id) => {
  const { interested, statuses, why } = CLAIMANT_KINDS[id];
  return { id, ...CLAIMANT_KIND_WORDS[id], interested, statuses, why };
});

/** How a claimant is named: a changed name in quotes and marked, an anonymous source marked. */
export function claimantLabel(c: Claim['claimant']): string {
  switch (c.identification) {
    case 'changed-name':
      return `“${c.name}” (name changed)`;
    case 'anonymous':
      return `${c.name} (anonymous)`;
    default:
      return c.name;
  }
}

/** "terms-offered" → "Terms offered": topics are ids; readers see words. */
export function topicLabel(id: string): string {
  const words = id.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A label inside a sentence: "Self-reported" → "self-reported". Only the first letter changes. */
export function inSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** What a copy did to the original's words, for a variant of a collation. */
export const VARIANT_KIND_LABELS: Record<'replacement' | 'omission' | 'addition', string> = { replacement: 'changed', omission: 'left out', addition: 'added' };

/** What a variant touches, as the collation flags it. */
export const VARIANT_FLAG_LABELS: Record<'number' | 'date' | 'name' | 'hedge' | 'attribution' | 'loaded', string> = {
  number: 'a number',
  date: 'a date',
  name: 'a name',
  hedge: 'a hedge (“likely”, “up to”)',
  attribution: 'who said it',
  loaded: 'a loaded word',
};
