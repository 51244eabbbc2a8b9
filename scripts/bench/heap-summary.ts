/**
 * node scripts/bench/heap-summary.ts <file.heapsnapshot> [--top 30]
 *
 * What a V8 heap snapshot holds, by constructor: count and shallow size, largest first, and the
 * strings by their first characters (a page's HTML kept in memory shows as many strings starting
 * "<!DOCTYPE"). Reads the file as bytes, not JSON.parse, because a build's snapshot is larger
 * than the longest string V8 allows. `npm run bench -- --heap-snapshot` writes one.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

/** The parts of a snapshot this summary needs (the snapshot's meta, nodes and strings). */
export interface HeapSnapshot {
  nodeFields: string[];
  nodeTypes: string[];
  nodes: ArrayLike<number>;
  strings: string[];
}

export interface HeapGroup {
  name: string;
  count: number;
  bytes: number;
}

export interface HeapSummary {
  total: number;
  byConstructor: HeapGroup[];
  stringsByPrefix: HeapGroup[];
}

const largestFirst = (groups: Map<string, HeapGroup>, top: number) => [...groups.values()].sort((a, b) => b.bytes - a.bytes).slice(0, top);

/**
 * Groups a snapshot's nodes by what they are: an object by its constructor's name, anything else
 * by its kind ("(string)", "(array)", "(code)"...); strings also by their first `prefix` characters.
 */
export function summariseHeap(snapshot: HeapSnapshot, top = 30, prefix = 24): HeapSummary {
  const width = snapshot.nodeFields.length;
  const typeAt = snapshot.nodeFields.indexOf('type');
  const nameAt = snapshot.nodeFields.indexOf('name');
  const sizeAt = snapshot.nodeFields.indexOf('self_size');
  const byConstructor = new Map<string, HeapGroup>();
  const stringsByPrefix = new Map<string, HeapGroup>();
  const add = (groups: Map<string, HeapGroup>, name: string, bytes: number) => {
    const group = groups.get(name) ?? { name, count: 0, bytes: 0 };
    group.count += 1;
    group.bytes += bytes;
    groups.set(name, group);
  };
  let total = 0;
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = snapshot.nodeTypes[snapshot.nodes[i + typeAt]!]!;
    const name = snapshot.strings[snapshot.nodes[i + nameAt]!] ?? '';
    const bytes = snapshot.nodes[i + sizeAt]!;
    total += bytes;
    const isString = type === 'string' || type === 'concatenated string' || type === 'sliced string';
    add(byConstructor, type === 'object' || type === 'closure' ? name : isString ? '(string)' : `(${type})`, bytes);
    if (isString) add(stringsByPrefix, JSON.stringify(name.slice(0, prefix)), bytes);
  }
  return { total, byConstructor: largestFirst(byConstructor, top), stringsByPrefix: largestFirst(stringsByPrefix, top) };
}

/** The numbers of the array that follows `"key":[` in a snapshot's bytes. */
function numbersAfter(bytes: Buffer, key: string): Float64Array {
  const start = bytes.indexOf(`"${key}":[`) + key.length + 4;
  const end = bytes.indexOf(']', start);
  let out = new Float64Array(1 << 20);
  let n = 0;
  let value = -1;
  for (let i = start; i <= end; i++) {
    const c = bytes[i]!;
    if (c >= 48 && c <= 57) value = (value < 0 ? 0 : value * 10) + (c - 48);
    else if (value >= 0) {
      if (n === out.length) {
        const grown = new Float64Array(out.length * 2);
        grown.set(out);
        out = grown;
      }
      out[n++] = value;
      value = -1;
    }
  }
  return out.subarray(0, n);
}

/** The strings array, each string parsed on its own. */
function stringsOf(bytes: Buffer): string[] {
  const strings: string[] = [];
  let i = bytes.lastIndexOf('"strings":[') + '"strings":['.length;
  for (;;) {
    while (i < bytes.length && bytes[i] !== 0x22 && bytes[i] !== 0x5d) i++;
    if (i >= bytes.length || bytes[i] === 0x5d) return strings;
    let j = i + 1;
    while (bytes[j] !== 0x22) j += bytes[j] === 0x5c ? 2 : 1;
    strings.push(JSON.parse(bytes.toString('utf8', i, j + 1)) as string);
    i = j + 1;
  }
}

export function readHeapSnapshot(file: string): HeapSnapshot {
  const bytes = readFileSync(file);
  // The meta comes first and is small: parse it as JSON up to the end of its object.
  const metaStart = bytes.indexOf('"meta":') + '"meta":'.length;
  let depth = 0;
  let metaEnd = metaStart;
  for (; metaEnd < bytes.length; metaEnd++) {
    if (bytes[metaEnd] === 0x7b) depth++;
    else if (bytes[metaEnd] === 0x7d && --depth === 0) break;
  }
  const meta = JSON.parse(bytes.toString('utf8', metaStart, metaEnd + 1)) as { node_fields: string[]; node_types: [string[]] };
  return { nodeFields: meta.node_fields, nodeTypes: meta.node_types[0], nodes: numbersAfter(bytes, 'nodes'), strings: stringsOf(bytes) };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' } } });
  const file = positionals[0];
  if (!file) throw new Error('usage: node scripts/bench/heap-summary.ts <file.heapsnapshot> [--top 30]');
  const summary = summariseHeap(readHeapSnapshot(file), Number(values.top));
  const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
  const table = (title: string, groups: HeapGroup[]) =>
    [`\n${title}`, ...groups.map((g) => `${mb(g.bytes).padStart(10)} ${String(g.count).padStart(9)}  ${g.name}`)].join('\n');
  process.stdout.write(
    `heap: ${mb(summary.total)} (shallow sizes)` +
      table('by constructor: size, count, name', summary.byConstructor) +
      table('strings by their first characters', summary.stringsByPrefix) +
      '\n',
  );
}
