/**
 * "Did you mean": when a search finds little or nothing, the entity names closest to what was
 * typed, by edit distance over every recorded spelling. The list of names is written at build
 * time (/search/names.json), small enough to fetch only when a search comes up short.
 */

/** Where the build writes the names, under the base (src/pages/search/names.json.ts). */
export const NAMES_FILE = '/search/names.json';

export interface NameEntry {
  /** The name to suggest, as the entity page gives it. */
  name: string;
  /** Every spelling the records give (the name itself included), each a way to match the query. */
  spellings: string[];
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++)
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

/** Lower case, accents off, so "Prigojine" and "prigojine" and "Prigožin" compare as letters. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** How many edits a word of this length may be off by: none for short words, where a typo is another word. */
const allowed = (length: number) => (length < 4 ? 0 : length < 7 ? 1 : 2);

/**
 * Up to `limit` corrected queries, closest first: the query with a word replaced by a recorded
 * spelling within a typo or two of it ("Prigozin" → "Prigozhin"), or the whole spelling when the
 * whole query is near it ("Olga Romanva" → "Olga Romanova"). Exact matches are not suggestions:
 * the search has found those.
 */
export function suggestNames(query: string, entries: readonly NameEntry[], limit = 3): string[] {
  const queryWords = query.trim().split(/\s+/).filter(Boolean);
  const q = fold(queryWords.join(' '));
  if (q.length < 4) return [];
  // One suggestion per entity, its closest; on a tie the whole spelling, offered first.
  const best = new Map<string, { suggestion: string; distance: number }>();
  for (const entry of entries) {
    const offer = (suggestion: string, distance: number) => {
      if (distance < (best.get(entry.name)?.distance ?? Infinity)) best.set(entry.name, { suggestion, distance });
    };
    for (const spelling of entry.spellings) {
      const s = fold(spelling);
      if (s !== q) {
        const whole = editDistance(q, s);
        if (whole <= allowed(Math.min(q.length, s.length))) offer(spelling, whole);
      }
      const words = spelling.split(/\s+/).filter((w) => w.length >= 4);
      queryWords.forEach((qw, k) => {
        const fq = fold(qw);
        if (fq.length < 4) return;
        for (const w of words) {
          const fw = fold(w);
          if (fq === fw) continue;
          const distance = editDistance(fq, fw);
          if (distance <= allowed(Math.min(fq.length, fw.length)))
            offer(queryWords.map((x, i) => (i === k ? w.replace(/[,.;:]+$/, '') : x)).join(' '), distance);
        }
      });
    }
  }
  return [
    ...new Map([...best.values()].sort((a, b) => a.distance - b.distance || a.suggestion.localeCompare(b.suggestion)).map((b) => [b.suggestion, b])).keys(),
  ].slice(0, limit);
}

/** The names file: every entity's name and its right spellings, without repeats; a mistake a text made is never suggested. */
export function nameEntries(entities: ReadonlyArray<{ data: { name: string; names: ReadonlyArray<{ name: string; wrong?: boolean }> } }>): NameEntry[] {
  return entities.map((e) => ({ name: e.data.name, spellings: [...new Set([e.data.name, ...e.data.names.filter((n) => !n.wrong).map((n) => n.name)])] }));
}
