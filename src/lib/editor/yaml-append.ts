/**
 * Appends a record to a YAML file that holds a list of records, leaving every existing byte as
 * it was: comments, blank lines, quoting and folding. The new item is serialised on its own
 * with the yaml package's Document API and added after the last line; the result is parsed
 * again to prove it holds the old records plus the new one. Only a file that is not a block
 * list (a single record, or a flow list) is rewritten through the Document API.
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';

const STRINGIFY = { lineWidth: 0 } as const;

export interface Appended {
  text: string;
  /** 1-based line of the new record in the new text. */
  line: number;
}

export function appendYamlRecord(existing: string | null, record: Record<string, unknown>): Appended {
  const text = existing ?? '';
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(`cannot add to a file with YAML errors: ${doc.errors[0]!.message.split('\n')[0]}`);
  const before = doc.toJS() as unknown;
  const oldRecords: unknown[] = before == null ? [] : Array.isArray(before) ? before : [before];

  const contents = doc.contents;
  let result: Appended;
  if (contents === null || (isSeq(contents) && !contents.flow)) {
    const spaced = isSeq(contents) && contents.items.slice(1).some((item) => (item as { spaceBefore?: boolean }).spaceBefore);
    const item = new Document([record]).toString(STRINGIFY);
    const head = text === '' || text.endsWith('\n') ? text : `${text}\n`;
    const separator = spaced && contents !== null && isSeq(contents) && contents.items.length ? '\n' : '';
    const prefix = head + separator;
    result = { text: prefix + item, line: prefix.split('\n').length };
  } else if (isMap(contents) || isSeq(contents)) {
    // One record becomes the first of a list; a flow list gets the new item in place.
    const seq = isSeq(contents) ? contents : new YAMLSeq();
    if (!isSeq(contents)) {
      // The file's opening comment stays at the top of the file, not inside the first item.
      const firstKey = contents.items[0]?.key as { commentBefore?: string | null } | undefined;
      for (const holder of [contents, firstKey]) {
        if (!holder?.commentBefore) continue;
        doc.commentBefore = [doc.commentBefore, holder.commentBefore].filter(Boolean).join('\n');
        holder.commentBefore = null;
      }
      seq.items.push(contents);
    }
    seq.flow = false;
    seq.items.push(doc.createNode(record));
    doc.contents = seq as typeof doc.contents;
    const out = doc.toString(STRINGIFY);
    const lastId = new RegExp(`^\\s*-\\s+id:\\s*${String(record.id)}\\s*$`, 'm').exec(out);
    result = { text: out, line: lastId ? out.slice(0, lastId.index).split('\n').length : 1 };
  } else {
    throw new Error('expected the file to hold a record or a list of records');
  }

  const after = parseDocument(result.text);
  if (after.errors.length || !isDeepStrictEqual(after.toJS(), [...oldRecords, record])) {
    throw new Error('appending would change the existing records; add the record by hand');
  }
  return result;
}
