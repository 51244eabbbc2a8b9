import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** A parsed YAML text that can say on which line any field path sits. */
export interface LocatedYaml {
  value: unknown;
  errors: Array<{ line: number; message: string }>;
  /** Line of the deepest node along `path` that exists (1-based), offset by `lineOffset`. */
  lineOf(path: ReadonlyArray<string | number>): number;
}

/**
 * Most files are valid, and line numbers are only needed to report a problem. So the value
 * comes from js-yaml (about ten times faster than building yaml's document, which dominated
 * the content check at thousands of records), and the located document is built only when a
 * line is asked for or the fast parser refuses the text. Both read YAML 1.2's core schema
 * (dates stay text) and refuse duplicate keys, so they agree on what a valid file means.
 */
export function parseLocatedYaml(text: string, lineOffset = 0): LocatedYaml {
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA });
  } catch {
    return parseLocatedYamlDocument(text, lineOffset);
  }
  let located: LocatedYaml | undefined;
  return {
    value,
    errors: [],
    lineOf: (path) => (located ??= parseLocatedYamlDocument(text, lineOffset)).lineOf(path),
  };
}

/** The slow, exact reader: a document with positions, and errors located by line. */
export function parseLocatedYamlDocument(text: string, lineOffset = 0): LocatedYaml {
  const lineCounter = new LineCounter();
  // The core schema keeps 2024-02-30 as text instead of silently rolling it into March.
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const errors = doc.errors.map((e) => ({
    line: lineAt(e.pos[0]),
    message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
  }));
  return {
    value: errors.length ? undefined : doc.toJS(),
    errors,
    lineOf(path) {
      let node: unknown = doc.contents;
      let line = node && typeof node === 'object' && 'range' in node && Array.isArray(node.range) ? lineAt(node.range[0]) : 1 + lineOffset;
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
          if (!pair) break;
          const keyNode = pair.key as { range?: [number, number, number] };
          if (keyNode.range) line = lineAt(keyNode.range[0]);
          node = pair.value;
        } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
          node = node.items[key];
          const range = (node as { range?: [number, number, number] }).range;
          if (range) line = lineAt(range[0]);
        } else break;
      }
      return line;
    },
  };
}
