import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { yamlSyntax } from './rules/file/yaml-syntax.ts';
import { yamlAlias } from './rules/file/yaml-alias.ts';
import { yamlDepth } from './rules/file/yaml-depth.ts';

/** A parsed YAML text that can say on which line any field path sits. */
export interface LocatedYaml {
  value: unknown;
  errors: Array<{ line: number; message: string; rule?: string }>;
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
  // js-yaml shares an alias's value instead of copying it, so a few lines can stand for
  // billions of nodes once validated: text that may hold aliases goes to the exact reader,
  // which counts them.
  if (MAY_HOLD_ALIAS.test(text)) return parseLocatedYamlDocument(text, lineOffset);
  const deep = tooDeepAt(text);
  if (deep !== null) return yamlFailure(deep + lineOffset, `nesting deeper than ${MAX_DEPTH} levels: content records are a few levels deep`, yamlDepth.id);
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA });
  } catch {
    return parseLocatedYamlDocument(text, lineOffset);
  }
  if (depthOf(value) > MAX_DEPTH) return yamlFailure(1 + lineOffset, `nesting deeper than ${MAX_DEPTH} levels: content records are a few levels deep`, yamlDepth.id);
  let located: LocatedYaml | undefined;
  return {
    value,
    errors: [],
    lineOf: (path) => (located ??= parseLocatedYamlDocument(text, lineOffset)).lineOf(path),
  };
}

const MAY_HOLD_ALIAS = /(?:^|[\s[{,:-])\*[^\s,[\]{}]/;
/** Deeper than any record needs; deep enough nesting overflows the stack of whatever walks it. */
const MAX_DEPTH = 32;
/** Aliases a file may expand; a handful is plenty, thousands is an attack. */
const MAX_ALIAS_COUNT = 100;

/** A file that could not be read, as one located error. */
export function yamlFailure(line: number, message: string, rule = yamlSyntax.id): LocatedYaml {
  return { value: undefined, errors: [{ line, message, rule }], lineOf: () => line };
}

/**
 * The line where [ and { (outside quotes) nest deeper than MAX_DEPTH, or null. Parsers
 * recurse per level: thousands of brackets take seconds and then overflow the stack.
 */
function tooDeepAt(text: string): number | null {
  let depth = 0;
  let line = 1;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s[{,:]/.test(text[i - 1]!)) quote = c;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return line;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return null;
}

/** Nesting depth of a parsed value, walked without recursion. */
function depthOf(value: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  const seen = new Set<object>();
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (d > max) max = d;
    if (d > MAX_DEPTH || !v || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

/** The slow, exact reader: a document with positions, and errors located by line. */
export function parseLocatedYamlDocument(text: string, lineOffset = 0): LocatedYaml {
  const deep = tooDeepAt(text);
  if (deep !== null) return yamlFailure(deep + lineOffset, `nesting deeper than ${MAX_DEPTH} levels: content records are a few levels deep`, yamlDepth.id);
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    // The core schema keeps 2024-02-30 as text instead of silently rolling it into March.
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch {
    return yamlFailure(1 + lineOffset, `nesting too deep to read: content records are a few levels deep`, yamlDepth.id);
  }
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const errors: LocatedYaml['errors'] = doc.errors.map((e) =>
    /call stack/i.test(e.message)
      ? { line: lineAt(e.pos[0]), message: 'nesting too deep to read: content records are a few levels deep', rule: yamlDepth.id }
      : { line: lineAt(e.pos[0]), message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') },
  );
  let value: unknown;
  if (!errors.length) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      if (depthOf(value) > MAX_DEPTH) errors.push({ line: 1 + lineOffset, message: `nesting deeper than ${MAX_DEPTH} levels: content records are a few levels deep`, rule: yamlDepth.id });
    } catch (error) {
      const alias = /alias/i.test(String((error as Error)?.message));
      errors.push({
        line: 1 + lineOffset,
        message: alias ? `aliases that expand to more than ${MAX_ALIAS_COUNT} copies: write the values out` : 'nesting too deep to read: content records are a few levels deep',
        rule: alias ? yamlAlias.id : yamlDepth.id,
      });
    }
  }
  return {
    value: errors.length ? undefined : value,
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
