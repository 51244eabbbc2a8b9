/**
 * What a source page prints for a collation: the aligned sentences side by side (original |
 * copy) with every variant marked and linked to its judgement, the list of judgements, and the
 * counts a report quotes. Pure: the resolved collation and the published records in, text out.
 */
import { t, tn } from '../i18n/messages.ts';
import type { Locale } from '../text/locales.ts';
import type { Flag } from '../collation/flags.ts';
import { judgementOf, type JudgedVariant, type ResolvedCollation } from '../content/rules/collation/collation-rules.ts';
import type { Sentence } from '../collation/tokens.ts';

export interface TextLink {
  text: string;
  href: string;
}

type Judgement = 'neutral' | 'distortion' | 'unjudged';

/** A run of a sentence: plain text, or the words of a variant (or the gap where they are missing). */
export interface Segment {
  text: string;
  /** The variant the run belongs to, with its anchor. */
  variant?: { id: string; judgement: Judgement };
  /** True for the place where the other witness has words this one lacks. */
  gap?: boolean;
}

interface CollationRowView {
  original: Segment[][];
  copy: Segment[][];
}

interface VariantView {
  id: string;
  number: number;
  /** What the copy did here, in the page's language ("changed", "left out", "added"). */
  kind: string;
  original: string;
  copy: string;
  /** "sentence 3, words 12–14" on each side. */
  originalAt: string;
  copyAt: string;
  flags: Flag[];
  /** What the variant touches, in the page's language ("a number, a hedge (…)"), or null. */
  touches: string | null;
  judgement: Judgement;
  /** The judgement in the page's language ("Distortion"). */
  judgementLabel: string;
  /** The desk's reason: record text, in English. */
  reason: string | null;
  record: TextLink | null;
}

export interface CollationCounts {
  variants: number;
  neutral: number;
  distortion: number;
  flagged: number;
}

export interface CollationView {
  id: string;
  copy: TextLink;
  original: TextLink;
  note: string | null;
  counts: CollationCounts;
  /** One sentence, shown above the table. */
  summary: string;
  rows: CollationRowView[];
  variants: VariantView[];
}

export function collationCounts(c: Pick<ResolvedCollation, 'variants'>): CollationCounts {
  const count = (j: Judgement) => c.variants.filter((v) => judgementOf(v) === j).length;
  return {
    variants: c.variants.length,
    neutral: count('neutral'),
    distortion: count('distortion'),
    flagged: c.variants.filter((v) => v.flags.length > 0).length,
  };
}

function countsSentence(locale: Locale, counts: CollationCounts): string {
  const unjudged = counts.variants - counts.distortion - counts.neutral;
  return t(locale, 'collation.summary', {
    variants: tn(locale, 'collation.variantCount', counts.variants),
    distortions: tn(locale, 'collation.distortionCount', counts.distortion),
    neutral: tn(locale, 'collation.neutralCount', counts.neutral),
    unjudged: unjudged ? `, ${tn(locale, 'collation.unjudgedCount', unjudged)}` : '',
    flagged: tn(locale, 'collation.flaggedCount', counts.flagged),
  });
}

/** The runs of one sentence, cutting out each variant's words and marking each gap. */
export function segmentSentence(sentence: Sentence, side: 'original' | 'copy', variants: readonly JudgedVariant[]): Segment[] {
  type Cut = { start: number; end: number; v: JudgedVariant };
  const cuts: Cut[] = [];
  for (const v of variants) {
    const s = v[side];
    if (s.words > 0) {
      const start = Math.max(s.start, sentence.start);
      const end = Math.min(s.end, sentence.end);
      if (start < end) cuts.push({ start, end, v });
    } else if (s.sentence === sentence.index && s.start >= sentence.start && s.start <= sentence.end) cuts.push({ start: s.start, end: s.start, v });
  }
  cuts.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Segment[] = [];
  let at = sentence.start;
  const text = (from: number, to: number) => sentence.text.slice(from - sentence.start, to - sentence.start);
  for (const cut of cuts) {
    if (cut.start < at) continue;
    if (cut.start > at) out.push({ text: text(at, cut.start) });
    const variant = { id: cut.v.id, judgement: judgementOf(cut.v) };
    out.push(cut.start === cut.end ? { text: '', variant, gap: true } : { text: text(cut.start, cut.end), variant });
    at = cut.end;
  }
  if (at < sentence.end) out.push({ text: text(at, sentence.end) });
  return out;
}

function position(locale: Locale, s: JudgedVariant['original']): string {
  if (s.sentence === null) return t(locale, 'collation.atNone');
  const sentence = s.sentence + 1;
  if (!s.words) return t(locale, 'collation.atBefore', { sentence, word: s.word + 1 });
  if (s.words === 1) return t(locale, 'collation.atWord', { sentence, word: s.word + 1 });
  return t(locale, 'collation.atWords', { sentence, from: s.word + 1, to: s.word + s.words });
}

export interface CollationViewInput {
  /** Title and page of each source. */
  source(id: string): TextLink;
  /** The page of a published claim or finding, or null (a draft, or no such record). */
  record(id: string): TextLink | null;
}

/** A collation in the page's language: its interface words from the catalogues; the texts, the note and the reasons as recorded. */
export function collationView(c: ResolvedCollation, input: CollationViewInput, locale: Locale): CollationView {
  const { collation } = c;
  const counts = collationCounts(c);
  const rows = collation.rows.map((row, index) => {
    const inRow = c.variants.filter((v) => v.row === index);
    return {
      original: row.original.map((i) => segmentSentence(collation.original[i]!, 'original', inRow)),
      copy: row.copy.map((i) => segmentSentence(collation.copy[i]!, 'copy', inRow)),
    };
  });
  const variants = c.variants.map((v, i) => ({
    id: v.id,
    number: i + 1,
    kind: t(locale, `collation.kind.${v.kind}`),
    original: v.key.original,
    copy: v.key.copy,
    originalAt: position(locale, v.original),
    copyAt: position(locale, v.copy),
    flags: v.flags,
    touches: v.flags.length > 0 ? t(locale, 'collation.touches', { flags: v.flags.map((f) => t(locale, `collation.flag.${f}`)).join(', ') }) : null,
    judgement: judgementOf(v),
    judgementLabel: t(locale, `collation.judgement.${judgementOf(v)}`),
    reason: v.judgement?.reason ?? null,
    record: v.judgement?.record ? input.record(v.judgement.record) : null,
  }));
  return {
    id: c.id,
    copy: input.source(c.copy),
    original: input.source(c.original),
    note: c.note,
    counts,
    summary: countsSentence(locale, counts),
    rows,
    variants,
  };
}

export interface CollationSummaryView {
  /** The copy's collation on its source page. */
  copy: TextLink;
  original: TextLink;
  counts: CollationCounts;
  summary: string;
}

/** The collations of the copies a report documents, with their counts: what the report quotes. */
export function reportCollations(
  collations: readonly ResolvedCollation[],
  sourceIds: readonly string[],
  input: CollationViewInput,
  locale: Locale,
): CollationSummaryView[] {
  return collations
    .filter((c) => sourceIds.includes(c.copy))
    .map((c) => {
      const counts = collationCounts(c);
      const copy = input.source(c.copy);
      return { copy: { text: copy.text, href: `${copy.href}#collation` }, original: input.source(c.original), counts, summary: countsSentence(locale, counts) };
    });
}
