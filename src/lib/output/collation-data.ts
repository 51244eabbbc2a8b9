/**
 * Open data for the collations: every variant of every copy whose original we hold, with its
 * position in both texts, its judgement and the record of a distortion, as JSON and CSV
 * (/data/collations.json, /data/collations.csv). Pure: the endpoints pass the collations and a
 * way to make absolute page URLs.
 */
import { toCsv, type Cell } from './csv.ts';
import { DATA_SCHEMA_VERSION } from './open-data.ts';
import { judgementOf, type ResolvedCollation } from '../content/rules/collation/collation-rules.ts';

interface Position {
  start: number;
  end: number;
  /** 1-based, or null where the variant has no counterpart sentence on this side. */
  sentence: number | null;
  /** 1-based index of the first word among the text's words. */
  word: number;
  words: number;
}

export interface CollationVariantRecord {
  id: string;
  collation: string;
  pageUrl: string;
  copy: { id: string; pageUrl: string };
  original: { id: string; pageUrl: string };
  kind: 'replacement' | 'omission' | 'addition';
  originalText: string;
  copyText: string;
  occurrence: number;
  originalPosition: Position;
  copyPosition: Position;
  flags: string[];
  judgement: 'neutral' | 'distortion' | 'unjudged';
  reason: string | null;
  /** The claim or finding that records the change, when published. */
  record: { id: string; type: 'claim' | 'finding'; pageUrl: string } | null;
}

export interface CollationUrls {
  source(id: string): string;
  claim(id: string): string;
  finding(id: string): string;
  home: string;
}

const position = (s: ResolvedCollation['variants'][number]['original']): Position => ({
  start: s.start,
  end: s.end,
  sentence: s.sentence === null ? null : s.sentence + 1,
  word: s.word + 1,
  words: s.words,
});

/** Every variant of every collation, in text order; `recordType` says which published record an id is. */
export function collationRecords(
  collations: readonly ResolvedCollation[],
  urls: CollationUrls,
  recordType: (id: string) => 'claim' | 'finding' | null,
): CollationVariantRecord[] {
  return collations.flatMap((c) =>
    c.variants.map((v) => {
      const recordId = v.judgement?.record;
      const type = recordId ? recordType(recordId) : null;
      return {
        id: v.id,
        collation: c.id,
        pageUrl: `${urls.source(c.copy)}#${v.id}`,
        copy: { id: c.copy, pageUrl: urls.source(c.copy) },
        original: { id: c.original, pageUrl: urls.source(c.original) },
        kind: v.kind,
        originalText: v.key.original,
        copyText: v.key.copy,
        occurrence: v.occurrence,
        originalPosition: position(v.original),
        copyPosition: position(v.copy),
        flags: [...v.flags],
        judgement: judgementOf(v),
        reason: v.judgement?.reason ?? null,
        record: recordId && type ? { id: recordId, type, pageUrl: type === 'claim' ? urls.claim(recordId) : urls.finding(recordId) } : null,
      };
    }),
  );
}

export function collationsDocument(records: CollationVariantRecord[], urls: Pick<CollationUrls, 'home'>) {
  return {
    schemaVersion: DATA_SCHEMA_VERSION,
    generated:
      'Generated when the site is built: every variant the collation finds between a copy and its original, with the desk’s judgement. Positions are character offsets (UTF-16) and 1-based sentence and word numbers in each text.',
    site: urls.home,
    count: records.length,
    variants: records,
  };
}

const COLUMNS: Array<[string, (r: CollationVariantRecord) => Cell]> = [
  ['id', (r) => r.id],
  ['collation', (r) => r.collation],
  ['copy', (r) => r.copy.id],
  ['original', (r) => r.original.id],
  ['kind', (r) => r.kind],
  ['original_text', (r) => r.originalText],
  ['copy_text', (r) => r.copyText],
  ['occurrence', (r) => r.occurrence],
  ['original_start', (r) => r.originalPosition.start],
  ['original_end', (r) => r.originalPosition.end],
  ['original_sentence', (r) => r.originalPosition.sentence],
  ['original_word', (r) => r.originalPosition.word],
  ['original_words', (r) => r.originalPosition.words],
  ['copy_start', (r) => r.copyPosition.start],
  ['copy_end', (r) => r.copyPosition.end],
  ['copy_sentence', (r) => r.copyPosition.sentence],
  ['copy_word', (r) => r.copyPosition.word],
  ['copy_words', (r) => r.copyPosition.words],
  ['flags', (r) => r.flags.join(';')],
  ['judgement', (r) => r.judgement],
  ['reason', (r) => r.reason],
  ['record_id', (r) => r.record?.id],
  ['record_type', (r) => r.record?.type],
  ['page_url', (r) => r.pageUrl],
];

export function collationsCsv(records: readonly CollationVariantRecord[]): string {
  return toCsv(
    COLUMNS.map(([name]) => name),
    records.map((r) => COLUMNS.map(([, get]) => get(r))),
  );
}
