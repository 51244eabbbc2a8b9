/**
 * What a variant touches that a fact-checker reads first: numbers, dates, names, hedges, verbs
 * of attribution and loaded words. A flag is a reason to look closely, never a verdict: the desk
 * judges every variant, flagged or not.
 */
import type { Token } from './text.ts';

const FLAGS = ['number', 'date', 'name', 'hedge', 'attribution', 'loaded'] as const;
export type Flag = (typeof FLAGS)[number];

const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion dozen dozens half first second third once twice percent'.split(
    ' ',
  ),
);
const DATE_WORDS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow week weeks month months year years ago earlier later dawn'.split(
    ' ',
  ),
);
/** Single-word hedges; the phrases are matched on the joined words. */
const HEDGE_WORDS = new Set(
  'likely unlikely about around approximately roughly nearly almost some reportedly allegedly apparently may might could possibly probably perhaps suggest suggests suggested estimate estimates estimated believed believe believes seems seem appears over less more even only up least'.split(
    ' ',
  ),
);
const HEDGE_PHRASES = ['up to', 'at least', 'as many as', 'more than', 'less than', 'over', 'it is likely'];
const ATTRIBUTION_WORDS = new Set(
  'said says say told tells claimed claims claim according reported reports report stated states statement admitted admits denied denies deny insisted insists wrote writes alleged alleges described describes posits posited hypothesized hypothesised added explained confirmed confirms verified verify revealed reveals speaks spoke'.split(
    ' ',
  ),
);
const LOADED_WORDS = new Set(
  'tragic tragically heart-wrenching devastating brutal cruel desperate disastrously disastrous ugly pawns pawn fodder disposable expendable sacrificial alarming murderer murderers cannibals exploitation illusion shackles horrible anguish deadly gamble plight frantic vanish dashed innovative utilitarian executed'.split(
    ' ',
  ),
);
/** Capitalised words that are not names wherever they stand. */
const NOT_NAMES = new Set(['i', "i'm", "i'll", "i've", 'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'you', 'but', 'and', 'so', 'in', 'on', 'of', 'if']);

/** The flags of a variant, from the words it changes on each side. */
export function flagsOf(sides: ReadonlyArray<{ tokens: readonly Token[]; sentenceStarts: ReadonlySet<number> }>): Flag[] {
  const found = new Set<Flag>();
  for (const { tokens, sentenceStarts } of sides) {
    const words = tokens.map((t) => t.norm);
    const joined = ` ${words.join(' ')} `;
    for (const t of tokens) {
      if (/\d/.test(t.norm) || NUMBER_WORDS.has(t.norm)) found.add('number');
      if (DATE_WORDS.has(t.norm) || /^(?:19|20)\d\d$/.test(t.norm)) found.add('date');
      if (HEDGE_WORDS.has(t.norm)) found.add('hedge');
      if (ATTRIBUTION_WORDS.has(t.norm)) found.add('attribution');
      if (LOADED_WORDS.has(t.norm)) found.add('loaded');
      if (/^\p{Lu}/u.test(t.text) && !sentenceStarts.has(t.start) && !NOT_NAMES.has(t.norm) && !DATE_WORDS.has(t.norm)) found.add('name');
    }
    if (HEDGE_PHRASES.some((p) => joined.includes(` ${p} `))) found.add('hedge');
    if (joined.includes(' cannon fodder ')) found.add('loaded');
  }
  return FLAGS.filter((f) => found.has(f));
}
