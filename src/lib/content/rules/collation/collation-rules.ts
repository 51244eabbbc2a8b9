/**
 * The collation rules: a witness text belongs to a source, a collation compares a copy with its
 * original, and every variant the machine finds between them is judged, by a judgement that
 * still matches a variant and names records that exist. `npm run check` and the build run them
 * (src/lib/content/check.ts); the pages read the judged collations through `resolveCollations`.
 */
import type { RuleInfo } from '../../../../schema/index.ts';
import type { VariantJudgement } from '../../../../schema/collation.ts';
import { nearest, type Problem } from '../../problem.ts';
import { collate, scopeSpan, type Collation, type Variant } from '../../../collation/align.ts';
import type { CollationFile, LoadedCollations, WitnessText } from '../../collation-files.ts';

export const COLLATION_RULES: readonly RuleInfo[] = [
  {
    id: 'witness-text',
    statement: 'A witness text (content/texts/) is plain UTF-8 text of at most 64 KB: no control characters, carriage returns or direction overrides.',
    fixture: 'witness-text-bidi',
  },
  {
    id: 'witness-source',
    statement: 'A witness text is named after the source record whose text it is (content/texts/<source-id>.txt).',
    fixture: 'witness-unknown-source',
  },
  {
    id: 'collation-pair',
    statement:
      'A collation compares a copy (a republication, excerpt, translation or rewrite) with a text of its own line, both held in content/texts/, over passages found in them.',
    fixture: 'collation-not-a-copy',
  },
  {
    id: 'collation-unjudged',
    statement: 'Every variant the machine finds between a copy and its original is judged, neutral or a distortion, so a copy is never published half-read.',
    fixture: 'collation-unjudged',
  },
  {
    id: 'collation-stale',
    statement: 'Every judgement matches a variant the texts still have; one that matches none (the text changed) is removed or rewritten.',
    fixture: 'collation-stale',
  },
];

interface SourceLike {
  kind: string;
  derivedFrom?: string | undefined;
}

export interface JudgedVariant extends Variant {
  judgement: VariantJudgement | null;
}

export interface ResolvedCollation {
  id: string;
  file: string;
  copy: string;
  original: string;
  note: string | null;
  collation: Collation;
  variants: JudgedVariant[];
  /** Judgements that match no variant. */
  stale: Array<{ judgement: VariantJudgement; index: number }>;
}

const COPY_KINDS = new Set(['republication', 'excerpt', 'translation', 'rewrite', 'aggregation']);

/** The first text of a source's line: follow derivedFrom until a text copies nothing. */
function root(id: string, sources: ReadonlyMap<string, SourceLike>): string {
  const seen = new Set<string>();
  let at = id;
  while (!seen.has(at)) {
    seen.add(at);
    const next = sources.get(at)?.derivedFrom;
    if (!next || !sources.has(next)) return at;
    at = next;
  }
  return at;
}

const judgementKey = (j: { original: string; copy: string; occurrence: number }) => `${j.original}\u0000${j.copy}\u0000${j.occurrence}`;

/** A collation with every variant matched to its judgement, or null when its texts are missing. */
export function resolveCollation(c: CollationFile, texts: ReadonlyMap<string, WitnessText>): ResolvedCollation | null {
  const original = texts.get(c.data.original);
  const copy = texts.get(c.data.copy);
  if (!original || !copy) return null;
  const oSpan = scopeSpan(original.text, c.data.originalScope);
  const cSpan = scopeSpan(copy.text, c.data.copyScope);
  if (!oSpan || !cSpan) return null;
  const collation = collate(original.text, copy.text, { original: oSpan, copy: cSpan });
  const byKey = new Map<string, { judgement: VariantJudgement; index: number }>();
  c.data.variants.forEach((judgement, index) => {
    if (!byKey.has(judgementKey(judgement))) byKey.set(judgementKey(judgement), { judgement, index });
  });
  const used = new Set<number>();
  const variants = collation.variants.map((v) => {
    const found = byKey.get(judgementKey({ ...v.key, occurrence: v.occurrence }));
    if (found) used.add(found.index);
    return { ...v, judgement: found?.judgement ?? null };
  });
  const stale = c.data.variants.flatMap((judgement, index) => (used.has(index) ? [] : [{ judgement, index }]));
  return { id: c.id, file: c.file, copy: c.data.copy, original: c.data.original, note: c.data.note ?? null, collation, variants, stale };
}

/** The YAML an editor adds to judge a variant: printed with the problem, ready to fill in. */
function judgementTemplate(v: Variant): string {
  const occurrence = v.occurrence > 1 ? `, occurrence: ${v.occurrence}` : '';
  return `- { original: ${JSON.stringify(v.key.original)}, copy: ${JSON.stringify(v.key.copy)}${occurrence}, judgement: neutral, reason: "…" }`;
}

function describeVariant(v: Variant): string {
  const where = (s: Variant['original']) => (s.sentence === null ? 'outside any sentence' : `sentence ${s.sentence + 1}, word ${s.word + 1}`);
  const quote = (t: string) => (t ? `"${t.length > 80 ? `${t.slice(0, 77)}…` : t}"` : 'nothing');
  return `${v.kind} ${v.id}: original ${quote(v.key.original)} (${where(v.original)}) → copy ${quote(v.key.copy)} (${where(v.copy)})${v.flags.length ? `, touching ${v.flags.join(', ')}` : ''}`;
}

export interface CollationCheckInput {
  sources: ReadonlyMap<string, SourceLike>;
  /** Ids of sources that exist but failed validation: not reported again. */
  invalidSources?: ReadonlySet<string>;
  recordIds: ReadonlySet<string>;
  invalidRecords?: ReadonlySet<string>;
}

export function checkCollations(loaded: LoadedCollations, input: CollationCheckInput): Problem[] {
  const problems: Problem[] = [...loaded.problems];
  const known = (id: string) => input.sources.has(id) || input.invalidSources?.has(id);
  for (const t of loaded.texts.values()) {
    if (!known(t.id)) {
      const close = nearest(t.id, input.sources.keys(), 1);
      problems.push({
        file: t.file,
        line: 1,
        field: '',
        rule: 'witness-source',
        message: `expected a witness text named after a source id, found "${t.id}", which no source has`,
        hint: close.length ? `did you mean "${close[0]}.txt"?` : 'add the source record first (content/sources/)',
      });
    }
  }
  for (const c of loaded.collations) {
    const at = (path: Array<string | number>) => ({ file: c.file, line: c.lineOf(path), field: path.join('.') });
    let paired = true;
    for (const side of ['copy', 'original'] as const) {
      const id = c.data[side];
      if (!known(id)) {
        problems.push({
          ...at([side]),
          rule: 'reference',
          message: `expected the id of an existing source, found "${id}"`,
          hint: nearest(id, input.sources.keys(), 1)[0],
        });
        paired = false;
      } else if (!loaded.texts.has(id)) {
        if (input.sources.has(id))
          problems.push({ ...at([side]), rule: 'collation-pair', message: `expected the text of "${id}" in content/texts/${id}.txt, found none` });
        paired = false;
      }
    }
    for (const [i, j] of c.data.variants.entries()) {
      if (j.record && !input.recordIds.has(j.record) && !input.invalidRecords?.has(j.record)) {
        const close = nearest(j.record, input.recordIds, 1);
        problems.push({
          ...at(['variants', i, 'record']),
          rule: 'reference',
          message: `expected the id of an existing claim or finding, found "${j.record}"`,
          hint: close.length ? `did you mean "${close[0]}"?` : undefined,
        });
      }
    }
    if (!paired) continue;
    const copy = input.sources.get(c.data.copy);
    if (copy && !COPY_KINDS.has(copy.kind)) {
      problems.push({
        ...at(['copy']),
        rule: 'collation-pair',
        message: `expected a copy (republication, excerpt, translation, rewrite or aggregation), found a source of kind "${copy.kind}"`,
      });
      continue;
    }
    if (c.data.copy === c.data.original || root(c.data.copy, input.sources) !== root(c.data.original, input.sources)) {
      problems.push({
        ...at(['original']),
        rule: 'collation-pair',
        message: `expected a text of the copy's own line (its original, or another copy of it), found "${c.data.original}", which descends from another text`,
      });
      continue;
    }
    let scoped = true;
    for (const [side, key] of [
      ['original', 'originalScope'],
      ['copy', 'copyScope'],
    ] as const) {
      const scope = c.data[key];
      const text = loaded.texts.get(c.data[side])!.text;
      if (scope?.from && text.indexOf(scope.from) < 0) {
        problems.push({
          ...at([key, 'from']),
          rule: 'collation-pair',
          message: `expected words found in the text of "${c.data[side]}", found "${scope.from.slice(0, 60)}", which it does not have`,
        });
        scoped = false;
      } else if (!scopeSpan(text, scope)) {
        problems.push({
          ...at([key, 'to']),
          rule: 'collation-pair',
          message: `expected words found in the text of "${c.data[side]}" after the passage's start, found "${(scope?.to ?? '').slice(0, 60)}"`,
        });
        scoped = false;
      }
    }
    if (!scoped) continue;
    const resolved = resolveCollation(c, loaded.texts);
    if (!resolved) continue;
    for (const v of resolved.variants) {
      if (v.judgement) continue;
      problems.push({
        ...at(['variants']),
        field: 'variants',
        rule: 'collation-unjudged',
        message: `expected every variant judged, found the unjudged ${describeVariant(v)}`,
        hint: `add to variants: ${judgementTemplate(v)}`,
      });
    }
    for (const { judgement, index } of resolved.stale) {
      problems.push({
        ...at(['variants', index]),
        rule: 'collation-stale',
        message: `expected a judgement of a variant the texts have, found one for original "${judgement.original.slice(0, 60)}" → copy "${judgement.copy.slice(0, 60)}"${judgement.occurrence > 1 ? ` (occurrence ${judgement.occurrence})` : ''}, which the collation no longer finds`,
        hint: 'the text changed: remove the judgement, or rewrite it for the variant the check now reports',
      });
    }
  }
  return problems;
}

/** Every collation whose texts and passages are there, resolved (for pages and open data). */
export function resolveCollations(loaded: LoadedCollations): ResolvedCollation[] {
  return loaded.collations.map((c) => resolveCollation(c, loaded.texts)).filter((c): c is ResolvedCollation => c !== null);
}

/** A variant's judgement as the site and the open data give it: an unjudged one says so. */
export function judgementOf(v: JudgedVariant): 'neutral' | 'distortion' | 'unjudged' {
  return v.judgement?.judgement ?? 'unjudged';
}
