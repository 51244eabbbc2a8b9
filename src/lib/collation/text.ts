/**
 * A witness text cut into sentences and words, every piece with its character offsets in the
 * text, so a variant can say exactly where it stands in each witness.
 */

export interface Span {
  /** Offset of the first character, in UTF-16 code units from the start of the text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

export interface Token extends Span {
  /** The word as compared: lower case, typographic apostrophes made straight. */
  norm: string;
  /** The word as written. */
  text: string;
}

export interface Sentence extends Span {
  /** 0-based position among the text's sentences. */
  index: number;
  /** 1-based line of the text the sentence starts on. */
  line: number;
  text: string;
  tokens: Token[];
}

/**
 * A word: letters and digits, with inner apostrophes, hyphens, commas or points between them
 * ("don't", "IK-17", "75,000", "nine-and-a-half-year"). Punctuation around words is not
 * compared: a copy that moves a comma has not changed a fact.
 */
const WORD = /[\p{L}\p{N}]+(?:['’.,\-‑][\p{L}\p{N}]+)*/gu;

function normaliseWord(word: string): string {
  return word.toLowerCase().replaceAll('’', "'").replaceAll('‑', '-');
}

export function tokenize(text: string, offset = 0): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ norm: normaliseWord(m[0]), text: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The sentences of a text: each line is a paragraph (headlines, bullets and pull quotes stand on
 * lines of their own in the stored pages), cut into sentences by the Unicode rules
 * (Intl.Segmenter). A piece with no word in it (a bullet sign, a lone dash) is no sentence.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  const lines = text.split('\n');
  lines.forEach((line, lineIndex) => {
    for (const seg of segmenter.segment(line)) {
      const lead = seg.segment.length - seg.segment.trimStart().length;
      const body = seg.segment.trim();
      const start = lineStart + seg.index + lead;
      const tokens = tokenize(body, start);
      if (tokens.length) out.push({ index: out.length, line: lineIndex + 1, start, end: start + body.length, text: body, tokens });
    }
    lineStart += line.length + 1;
  });
  return out;
}
