/**
 * Collation (src/lib/collation): sentences and words with their offsets, sentence alignment,
 * word-level variants with their positions and flags, stable ids, the judgement rules, the page
 * view and the open data. Every expected variant is written out by hand from the small texts here.
 */
import { describe, expect, it } from 'vitest';
import { alignSentences, collate, scopeSpan, variantId } from '../../src/lib/collation/align.ts';
import { checkCollations, resolveCollation } from '../../src/lib/content/rules/collation/collation-rules.ts';
import { flagsOf } from '../../src/lib/collation/flags.ts';
import { witnessTextProblems, type CollationFile, type LoadedCollations, type WitnessText } from '../../src/lib/content/collation-files.ts';
import { collationRecords, collationsCsv } from '../../src/lib/output/collation-data.ts';
import { sentences, tokenize } from '../../src/lib/collation/tokens.ts';
import { collationCounts, collationView, segmentSentence } from '../../src/lib/views/collation-view.ts';
import { collationSchema } from '../../src/schema/collation.ts';

const ORIGINAL =
  'Wardens recruit volunteers\n\nUp to nineteen volunteers left the colony on 3 May, the warden said. They were promised a pardon.\nRelatives were not told.\n';
const COPY =
  'Wardens recruit volunteers\n\nAround ninety volunteers left the colony on 3 May. They were promised a pardon.\nRelatives were not told. Many will never return.\n';

describe('sentences and words', () => {
  it('cuts lines into sentences with their offsets and lines, skipping blank lines', () => {
    const s = sentences(ORIGINAL);
    expect(s.map((x) => x.text)).toEqual([
      'Wardens recruit volunteers',
      'Up to nineteen volunteers left the colony on 3 May, the warden said.',
      'They were promised a pardon.',
      'Relatives were not told.',
    ]);
    expect(s.map((x) => x.line)).toEqual([1, 3, 3, 4]);
    for (const x of s) expect(ORIGINAL.slice(x.start, x.end)).toBe(x.text);
  });

  it('keeps numbers, hyphenated words and apostrophes whole, and compares them in one case', () => {
    expect(tokenize('IK-17 held 75,000 who don’t Know').map((t) => t.norm)).toEqual(['ik-17', 'held', '75,000', 'who', "don't", 'know']);
  });
});

describe('collate', () => {
  const c = collate(ORIGINAL, COPY);

  it('aligns each sentence with its counterpart, and a new sentence with nothing', () => {
    expect(c.rows).toEqual([
      { original: [0], copy: [0] },
      { original: [1], copy: [1] },
      { original: [2], copy: [2] },
      { original: [3], copy: [3] },
      { original: [], copy: [4] },
    ]);
  });

  it('lists every variant with its wording, kind and place in both texts', () => {
    expect(c.variants.map((v) => [v.kind, v.key.original, v.key.copy])).toEqual([
      ['replacement', 'Up to nineteen', 'Around ninety'],
      ['omission', 'the warden said', ''],
      ['addition', '', 'Many will never return'],
    ]);
    const [bound, said, added] = c.variants;
    expect(bound!.original).toMatchObject({ start: ORIGINAL.indexOf('Up to'), end: ORIGINAL.indexOf(' volunteers left'), sentence: 1, word: 3, words: 3 });
    expect(bound!.copy).toMatchObject({ start: COPY.indexOf('Around'), end: COPY.indexOf(' volunteers left'), sentence: 1, word: 3, words: 2 });
    // The omission's place in the copy is where the words would stand: after "May".
    expect(said!.original).toMatchObject({ start: ORIGINAL.indexOf('the warden'), end: ORIGINAL.indexOf('said.') + 4, words: 3 });
    expect(said!.copy).toMatchObject({ start: COPY.indexOf('May') + 3, end: COPY.indexOf('May') + 3, sentence: 1, words: 0 });
    expect(added!.copy).toMatchObject({ start: COPY.indexOf('Many'), sentence: 4, words: 4 });
    expect(added!.original.words).toBe(0);
  });

  it('flags the bound as a number and a hedge, the dropped "said" as attribution', () => {
    expect(c.variants.map((v) => v.flags)).toEqual([['number', 'hedge'], ['attribution'], []]);
  });

  it('finds nothing between a text and itself', () => {
    expect(collate(ORIGINAL, ORIGINAL).variants).toEqual([]);
  });

  it('gives a variant the same id on every run, and keeps it when the texts change elsewhere', () => {
    const again = collate(ORIGINAL, COPY.replace('They were promised a pardon.', 'They were promised a pardon soon.'));
    expect(collate(ORIGINAL, COPY).variants.map((v) => v.id)).toEqual(c.variants.map((v) => v.id));
    expect(again.variants.map((v) => v.id)).toContain(c.variants[0]!.id);
    expect(c.variants[0]!.id).toBe(variantId({ original: 'Up to nineteen', copy: 'Around ninety' }, 1));
    expect(variantId({ original: 'a', copy: 'b' }, 2)).not.toBe(variantId({ original: 'a', copy: 'b' }, 1));
  });

  it('numbers the occurrences of one wording', () => {
    const twice = collate('He said yes. She said yes.', 'He said no. She said no.');
    expect(twice.variants.map((v) => [v.key.original, v.key.copy, v.occurrence])).toEqual([
      ['yes', 'no', 1],
      ['yes', 'no', 2],
    ]);
    expect(twice.variants[0]!.id).not.toBe(twice.variants[1]!.id);
  });

  it('joins two sentences of the copy that split one of the original', () => {
    const original = sentences('The wife said only three inmates from the unit of ten were alive after the battle near the river.');
    const copy = sentences('The wife said only three inmates from the unit of ten were alive. That was after the battle near the river.');
    expect(alignSentences(original, copy)).toEqual([{ original: [0], copy: [0, 1] }]);
  });

  it('compares only the passages a scope gives, counting positions from the start of each text', () => {
    const excerpt = 'Headline of the excerpt\nOne volunteer left in July.\n© the excerpt site';
    const full = 'One volunteer left in June.\nThe rest stayed behind.';
    const span = scopeSpan(excerpt, { from: 'One volunteer', to: 'in July.' })!;
    expect(excerpt.slice(span.start, span.end)).toBe('One volunteer left in July.');
    const scoped = collate(excerpt, full, { original: span, copy: scopeSpan(full, { to: 'June.' })! });
    expect(scoped.variants.map((v) => [v.key.original, v.key.copy])).toEqual([['July', 'June']]);
    expect(scoped.variants[0]!.original).toMatchObject({ start: excerpt.indexOf('July'), sentence: 1, word: 8 });
    expect(scopeSpan(excerpt, { from: 'not there' })).toBeNull();
  });
});

describe('flags', () => {
  const side = (text: string, atStart = false) => {
    const tokens = tokenize(text, 10);
    return { tokens, sentenceStarts: new Set(atStart ? [10] : []) };
  };
  it('flags names, dates, attribution and loaded words, not a capital that opens a sentence', () => {
    expect(flagsOf([side('Paul Whelan')])).toEqual(['name']);
    expect(flagsOf([side('Recent', true)])).toEqual([]);
    expect(flagsOf([side('in July 2022')])).toEqual(['number', 'date']);
    expect(flagsOf([side('according to')])).toEqual(['attribution']);
    expect(flagsOf([side('cannon fodder')])).toEqual(['loaded']);
    expect(flagsOf([side('at least')])).toEqual(['hedge']);
  });
});

describe('judgements', () => {
  const texts = new Map<string, WitnessText>([
    ['orig', { id: 'orig', file: 'content/texts/orig.txt', text: ORIGINAL }],
    ['copy', { id: 'copy', file: 'content/texts/copy.txt', text: COPY }],
  ]);
  const file = (variants: unknown[], extra: Record<string, unknown> = {}): CollationFile => ({
    id: 'copy',
    file: 'content/collations/copy.yaml',
    data: collationSchema.parse({ copy: 'copy', original: 'orig', variants, ...extra }),
    lineOf: (path) => 10 + path.length,
  });
  const judged = [
    { original: 'Up to nineteen', copy: 'Around ninety', judgement: 'distortion', record: 'claim-ninety', reason: 'A bound changed.' },
    { original: 'the warden said', copy: '', judgement: 'neutral', reason: 'Attribution kept elsewhere.' },
  ];
  const sources = new Map([
    ['orig', { kind: 'original-reporting' }],
    ['copy', { kind: 'translation', derivedFrom: 'orig' }],
  ]);
  const check = (collations: CollationFile[], extraTexts: WitnessText[] = []) => {
    const loaded: LoadedCollations = { texts: new Map([...texts, ...extraTexts.map((t) => [t.id, t] as const)]), collations, problems: [] };
    return checkCollations(loaded, { sources, recordIds: new Set(['claim-ninety']) });
  };

  it('matches judgements to variants by wording and leaves the rest unjudged', () => {
    const r = resolveCollation(file(judged), texts)!;
    expect(r.variants.map((v) => v.judgement?.judgement ?? null)).toEqual(['distortion', 'neutral', null]);
    expect(r.stale).toEqual([]);
    expect(collationCounts(r)).toEqual({ variants: 3, neutral: 1, distortion: 1, flagged: 2 });
  });

  it('reports an unjudged variant with the line to add, and a judgement of a variant that is gone', () => {
    const problems = check([file([...judged, { original: 'six months', copy: 'a year', judgement: 'neutral', reason: 'Gone.' }])]);
    expect(problems.map((p) => [p.rule, p.field])).toEqual([
      ['collation-unjudged', 'variants'],
      ['collation-stale', 'variants.2'],
    ]);
    expect(problems[0]!.message).toContain('"Many will never return"');
    expect(problems[0]!.hint).toBe('add to variants: - { original: "", copy: "Many will never return", judgement: neutral, reason: "…" }');
  });

  it('refuses a distortion without its record, and a record id that does not exist', () => {
    expect(
      collationSchema.safeParse({ copy: 'copy', original: 'orig', variants: [{ original: 'a', copy: 'b', judgement: 'distortion', reason: 'x' }] }).success,
    ).toBe(false);
    const problems = check([
      file([{ ...judged[0], record: 'claim-nine' }, judged[1], { original: '', copy: 'Many will never return', judgement: 'neutral', reason: 'Comment.' }]),
    ]);
    expect(problems.map((p) => [p.rule, p.field, p.hint])).toEqual([['reference', 'variants.0.record', 'did you mean "claim-ninety"?']]);
  });

  it('refuses a text no source has, and a pair from two lines of reporting', () => {
    const stray = { id: 'cpy', file: 'content/texts/cpy.txt', text: 'A text.' };
    expect(check([], [stray]).map((p) => [p.rule, p.file, p.hint])).toEqual([['witness-source', 'content/texts/cpy.txt', 'did you mean "copy.txt"?']]);
    sources.set('other', { kind: 'original-reporting' });
    const other = { id: 'other', file: 'content/texts/other.txt', text: 'Another text.' };
    const pair = file([], { original: 'other' });
    expect(check([pair], [other]).map((p) => p.rule)).toEqual(['collation-pair']);
  });

  it('refuses control characters, direction overrides, carriage returns and oversized texts', () => {
    expect(witnessTextProblems('t.txt', 'one\ntwo \u202Ethree', 20)).toMatchObject([{ rule: 'witness-text', line: 2 }]);
    expect(witnessTextProblems('t.txt', 'one\r\ntwo', 9)[0]!.message).toContain('carriage return');
    expect(witnessTextProblems('t.txt', 'a\u0007b', 3)[0]!.message).toContain('U+0007');
    expect(witnessTextProblems('t.txt', 'plain', 65 * 1024)[0]!.message).toContain('at most 64 KB');
    expect(witnessTextProblems('t.txt', 'plain\ttext\n', 11)).toEqual([]);
  });
});

describe('the page and the open data', () => {
  const texts = new Map<string, WitnessText>([
    ['orig', { id: 'orig', file: 'o', text: ORIGINAL }],
    ['copy', { id: 'copy', file: 'c', text: COPY }],
  ]);
  const resolved = resolveCollation(
    {
      id: 'copy',
      file: 'c.yaml',
      data: collationSchema.parse({
        copy: 'copy',
        original: 'orig',
        variants: [{ original: 'Up to nineteen', copy: 'Around ninety', judgement: 'distortion', record: 'claim-ninety', reason: '=HYPERLINK("x")' }],
      }),
      lineOf: () => 1,
    },
    texts,
  )!;

  it('cuts a sentence into plain text, marked variants and gaps', () => {
    const sentence = resolved.collation.copy[1]!;
    expect(segmentSentence(sentence, 'copy', resolved.variants)).toEqual([
      { text: 'Around ninety', variant: { id: resolved.variants[0]!.id, judgement: 'distortion' } },
      { text: ' volunteers left the colony on 3 May' },
      { text: '', variant: { id: resolved.variants[1]!.id, judgement: 'unjudged' }, gap: true },
      { text: '.' },
    ]);
  });

  const links = {
    source: (id: string) => ({ text: id, href: `/sources/${id}/` }),
    record: (id: string) => (id === 'claim-ninety' ? { text: 'Ninety, not nineteen', href: '/claims/claim-ninety/' } : null),
  };

  it('links each variant to its record and says where it stands', () => {
    const view = collationView(resolved, links, 'en');
    expect(view.variants[0]).toMatchObject({ kind: 'changed', originalAt: 'sentence 2, words 4–6', copyAt: 'sentence 2, words 4–5', judgement: 'distortion' });
    expect(view.variants[0]!.record).toEqual({ text: 'Ninety, not nineteen', href: '/claims/claim-ninety/' });
    expect(view.variants[1]).toMatchObject({ kind: 'left out', copyAt: 'sentence 2, before word 13', judgement: 'unjudged', record: null });
    expect(view.summary).toBe(
      '3 variants between the two texts: 1 distortion, 0 neutral (wording, spelling, translation noise), 2 not yet judged; 2 touch a number, date, name, hedge, attribution or loaded word.',
    );
    expect(view.variants[0]).toMatchObject({ judgementLabel: 'Distortion', touches: 'touches a number, a hedge (“likely”, “up to”)' });
  });

  it('words the collation in Russian on a Russian page, leaving the desk’s reasons as recorded', () => {
    const view = collationView(resolved, links, 'ru');
    expect(view.variants[0]).toMatchObject({
      kind: 'замена',
      originalAt: 'предложение 2, слова 4–6',
      copyAt: 'предложение 2, слова 4–5',
      judgementLabel: 'Искажение',
      touches: 'затрагивает число, оговорку («вероятно», «до»)',
    });
    expect(view.variants[1]).toMatchObject({ kind: 'пропуск', copyAt: 'предложение 2, перед словом 13', judgementLabel: 'Ещё не оценён' });
    expect(view.summary).toBe(
      'Между текстами 3 варианта: 1 искажение, 0 нейтральных (формулировка, орфография, издержки перевода), 2 без оценки; 2 затрагивают число, дату, имя, оговорку, указание на источник или оценочное слово.',
    );
    expect(view.variants[0]!.reason).toBe(collationView(resolved, links, 'en').variants[0]!.reason);
  });

  it('writes every variant with both positions, and neutralises a formula in the CSV', () => {
    const urls = {
      home: 'https://x.test/',
      source: (id: string) => `https://x.test/sources/${id}/`,
      claim: (id: string) => `https://x.test/claims/${id}/`,
      finding: (id: string) => `https://x.test/findings/${id}/`,
    };
    const records = collationRecords([resolved], urls, (id) => (id === 'claim-ninety' ? 'claim' : null));
    expect(records[0]).toMatchObject({
      originalPosition: { start: ORIGINAL.indexOf('Up to'), sentence: 2, word: 4, words: 3 },
      copyPosition: { start: COPY.indexOf('Around'), sentence: 2, word: 4, words: 2 },
      judgement: 'distortion',
      record: { id: 'claim-ninety', type: 'claim', pageUrl: 'https://x.test/claims/claim-ninety/' },
    });
    const csv = collationsCsv(records);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv.split('\r\n')).toHaveLength(records.length + 2);
  });
});
