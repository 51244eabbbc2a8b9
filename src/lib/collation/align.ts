/**
 * Collation: two witnesses of one text aligned sentence by sentence, then word by word, and every
 * difference listed as a variant with its place in both. Pure: the texts in, the variants out.
 *
 * Sentences are aligned in order (a copy follows its original's order) by dynamic programming
 * over word overlap; the words of each aligned pair are diffed with jsdiff's diffArrays (Myers'
 * algorithm, the one `git diff` uses), on normalised words so case and apostrophes do not count.
 */
import { diffArrays } from 'diff';
import { createHash } from 'node:crypto';
import { flagsOf, type Flag } from './flags.ts';
import { sentences, type Sentence, type Span, type Token } from './text.ts';

/** Sentences sharing less than this share of their words are not the same sentence. */
const MATCH_THRESHOLD = 0.34;
/**
 * Two changes with no more than this many unchanged words between them are one variant: a
 * translation that rewrites "a fan, clamped on top of" as "a fan strapped to" is one change,
 * not three.
 */
const BRIDGE = 2;

export interface AlignedRow {
  /** Sentence indexes in the original and the copy; empty on the side that has none. */
  original: number[];
  copy: number[];
}

type VariantKind = 'replacement' | 'omission' | 'addition';

interface VariantSide extends Span {
  /** The words as they stand in this witness (empty for the side that lacks them). */
  text: string;
  /** The sentence (0-based) the variant stands in or, for a gap, the sentence it would be in. */
  sentence: number | null;
  /** The first word's position (0-based) among the witness's words. */
  word: number;
  /** How many words. */
  words: number;
}

export interface Variant {
  /** Stable id: a hash of both wordings and the occurrence, so a judgement survives a rebuild. */
  id: string;
  kind: VariantKind;
  /** The wording on each side, words only, as the judgement file quotes it. */
  key: { original: string; copy: string };
  /** 1 for the first variant with this wording, 2 for the second… */
  occurrence: number;
  original: VariantSide;
  copy: VariantSide;
  /** The row of the alignment it belongs to. */
  row: number;
  flags: Flag[];
}

export interface Collation {
  original: Sentence[];
  copy: Sentence[];
  rows: AlignedRow[];
  variants: Variant[];
}

/** Share of words two word lists have in common (Dice's coefficient over the multisets). */
function similarity(a: readonly Token[], b: readonly Token[]): number {
  if (!a.length || !b.length) return 0;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t.norm, (counts.get(t.norm) ?? 0) + 1);
  let shared = 0;
  for (const t of b) {
    const n = counts.get(t.norm) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(t.norm, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

type Step = 'match' | 'merge-original' | 'merge-copy' | 'skip-original' | 'skip-copy';

/**
 * Aligns the sentences in order, maximising the summed overlap of the pairs. A pair may join two
 * sentences on one side to one on the other (a copy that runs two sentences together, or
 * splits one), when the two together match better than either alone.
 */
export function alignSentences(original: readonly Sentence[], copy: readonly Sentence[]): AlignedRow[] {
  const n = original.length;
  const m = copy.length;
  const score: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const step: Step[][] = Array.from({ length: n + 1 }, () => new Array<Step>(m + 1).fill('skip-original'));
  const gain = (s: number) => (s >= MATCH_THRESHOLD ? s : -Infinity);
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = -Infinity;
      let how: Step = 'skip-original';
      const consider = (value: number, s: Step) => {
        if (value > best) {
          best = value;
          how = s;
        }
      };
      if (i > 0) consider(score[i - 1]![j]!, 'skip-original');
      if (j > 0) consider(score[i]![j - 1]!, 'skip-copy');
      if (i > 0 && j > 0) {
        const single = similarity(original[i - 1]!.tokens, copy[j - 1]!.tokens);
        consider(score[i - 1]![j - 1]! + gain(single), 'match');
        if (i > 1) {
          const joined = similarity([...original[i - 2]!.tokens, ...original[i - 1]!.tokens], copy[j - 1]!.tokens);
          // Joining must beat pairing either sentence alone, or every sentence would join.
          if (joined > Math.max(single, similarity(original[i - 2]!.tokens, copy[j - 1]!.tokens)) + 0.1)
            consider(score[i - 2]![j - 1]! + gain(joined) * 2, 'merge-original');
        }
        if (j > 1) {
          const joined = similarity(original[i - 1]!.tokens, [...copy[j - 2]!.tokens, ...copy[j - 1]!.tokens]);
          if (joined > Math.max(single, similarity(original[i - 1]!.tokens, copy[j - 2]!.tokens)) + 0.1)
            consider(score[i - 1]![j - 2]! + gain(joined) * 2, 'merge-copy');
        }
      }
      score[i]![j] = best;
      step[i]![j] = how;
    }
  }
  const rows: AlignedRow[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const how = i === 0 ? 'skip-copy' : j === 0 ? 'skip-original' : step[i]![j]!;
    if (how === 'match') rows.push({ original: [--i], copy: [--j] });
    else if (how === 'merge-original') {
      rows.push({ original: [i - 2, i - 1], copy: [j - 1] });
      i -= 2;
      j -= 1;
    } else if (how === 'merge-copy') {
      rows.push({ original: [i - 1], copy: [j - 2, j - 1] });
      i -= 1;
      j -= 2;
    } else if (how === 'skip-original') rows.push({ original: [--i], copy: [] });
    else rows.push({ original: [], copy: [--j] });
  }
  return rows.reverse();
}

interface Hunk {
  /** Token index ranges [from, to) in each side's tokens for the row. */
  o: [number, number];
  c: [number, number];
}

/** The changed stretches of two word lists, with nearby changes bridged into one. */
function wordHunks(a: readonly Token[], b: readonly Token[]): Hunk[] {
  const changes = diffArrays(
    a.map((t) => t.norm),
    b.map((t) => t.norm),
  );
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: Hunk | null = null;
  let gap = 0;
  for (const change of changes) {
    if (!change.added && !change.removed) {
      if (open) {
        hunks.push(open);
        open = null;
      }
      gap = change.count;
      i += change.count;
      j += change.count;
      continue;
    }
    if (!open) {
      const last = hunks.at(-1);
      // Bridge a short stretch of unchanged words back into the previous change.
      if (last && gap <= BRIDGE && last.o[1] + gap === i && last.c[1] + gap === j) open = hunks.pop()!;
      else open = { o: [i, i], c: [j, j] };
    }
    if (change.removed) i += change.count;
    else j += change.count;
    open.o[1] = i;
    open.c[1] = j;
  }
  if (open) hunks.push(open);
  return hunks;
}

function side(
  text: string,
  sents: readonly Sentence[],
  rowSentences: number[],
  tokens: readonly Token[],
  range: [number, number],
  wordBase: number,
  fallbackAt: number,
): VariantSide {
  const [from, to] = range;
  if (from === to) {
    // A gap: the place where the missing words would stand.
    const at = from < tokens.length ? tokens[from]!.start : from > 0 ? tokens[from - 1]!.end : fallbackAt;
    const sentence = rowSentences.length ? rowSentences[0]! : null;
    return { start: at, end: at, text: '', sentence, word: wordBase + from, words: 0 };
  }
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  const sentence = sents.findIndex((s) => s.start <= start && start < s.end + 1);
  return { start, end, text: text.slice(start, end).replace(/\s+/g, ' '), sentence: sentence < 0 ? null : sentence, word: wordBase + from, words: to - from };
}

/** A variant's id: the same wording at the same occurrence always gets the same id. */
export function variantId(key: { original: string; copy: string }, occurrence: number): string {
  return `v-${createHash('sha256').update(`${key.original}\u0000${key.copy}\u0000${occurrence}`).digest('hex').slice(0, 10)}`;
}

/** The passage of a text between the first words `from` and the last words `to`; null where either is not in the text. */
export function scopeSpan(text: string, scope: { from?: string | undefined; to?: string | undefined } | undefined): Span | null {
  const start = scope?.from ? text.indexOf(scope.from) : 0;
  if (start < 0) return null;
  if (!scope?.to) return { start, end: text.length };
  const at = text.indexOf(scope.to, start);
  return at < 0 ? null : { start, end: at + scope.to.length };
}

/**
 * Collates a copy against its original: the aligned sentences and every variant between them,
 * over the passage of each given by `spans` (by default the whole text). Sentence and word
 * positions count from the start of each whole text.
 */
export function collate(originalText: string, copyText: string, spans: { original?: Span; copy?: Span } = {}): Collation {
  const original = sentences(originalText);
  const copy = sentences(copyText);
  const within = (all: Sentence[], span: Span | undefined) => all.filter((s) => !span || (s.start >= span.start && s.start < span.end));
  const oIn = within(original, spans.original);
  const cIn = within(copy, spans.copy);
  const rows = alignSentences(oIn, cIn).map((r) => ({ original: r.original.map((i) => oIn[i]!.index), copy: r.copy.map((i) => cIn[i]!.index) }));
  // Word positions: a sentence's first word's index among all the witness's words.
  const wordStart = (sents: Sentence[]) => {
    const starts: number[] = [];
    let n = 0;
    for (const s of sents) {
      starts.push(n);
      n += s.tokens.length;
    }
    return starts;
  };
  const oStart = wordStart(original);
  const cStart = wordStart(copy);
  const seen = new Map<string, number>();
  const variants: Variant[] = [];
  // Where the last sentence of each side ended, for a gap in a row with no sentence on that side.
  let oAt = oIn[0]?.start ?? 0;
  let cAt = cIn[0]?.start ?? 0;
  let oWord = oIn.length ? oStart[oIn[0]!.index]! : 0;
  let cWord = cIn.length ? cStart[cIn[0]!.index]! : 0;
  rows.forEach((row, rowIndex) => {
    const oTokens = row.original.flatMap((i) => original[i]!.tokens);
    const cTokens = row.copy.flatMap((i) => copy[i]!.tokens);
    const oBase = row.original.length ? oStart[row.original[0]!]! : oWord;
    const cBase = row.copy.length ? cStart[row.copy[0]!]! : cWord;
    const hunks = row.original.length && row.copy.length ? wordHunks(oTokens, cTokens) : [{ o: [0, oTokens.length], c: [0, cTokens.length] } as Hunk];
    for (const h of hunks) {
      const o = side(originalText, original, row.original, oTokens, h.o, oBase, oAt);
      const c = side(copyText, copy, row.copy, cTokens, h.c, cBase, cAt);
      const key = { original: o.text, copy: c.text };
      const k = `${key.original}\u0000${key.copy}`;
      const occurrence = (seen.get(k) ?? 0) + 1;
      seen.set(k, occurrence);
      const kind: VariantKind = !o.words ? 'addition' : !c.words ? 'omission' : 'replacement';
      const flags = flagsOf([
        { tokens: oTokens.slice(h.o[0], h.o[1]), sentenceStarts: new Set(row.original.map((i) => original[i]!.start)) },
        { tokens: cTokens.slice(h.c[0], h.c[1]), sentenceStarts: new Set(row.copy.map((i) => copy[i]!.start)) },
      ]);
      variants.push({ id: variantId(key, occurrence), kind, key, occurrence, original: o, copy: c, row: rowIndex, flags });
    }
    if (row.original.length) {
      oAt = original[row.original.at(-1)!]!.end;
      oWord = oBase + oTokens.length;
    }
    if (row.copy.length) {
      cAt = copy[row.copy.at(-1)!]!.end;
      cWord = cBase + cTokens.length;
    }
  });
  return { original, copy, rows, variants };
}
