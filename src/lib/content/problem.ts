/** One thing wrong with the content, located so an editor can go straight to it. */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line?: number | undefined;
  /** Dotted field path inside the record, e.g. "sources.0.id"; empty for whole-file problems. */
  field: string;
  /** What was expected and what was found. */
  message: string;
  /** A suggestion for the common mistakes. */
  hint?: string | undefined;
  /** Machine-readable rule name, stable for tools. */
  rule: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  // The rule id last, in brackets, as linters print theirs: the catalogue on /methodology/ explains it.
  const head = `${where}  ${p.field || '(file)'}  ${p.message}  [${p.rule}]`;
  return p.hint ? `${head}\n    hint: ${p.hint}` : head;
}

export function formatProblems(problems: Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const lines = problems.map(formatProblem);
  lines.push(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`);
  return lines.join('\n');
}

export class ContentError extends Error {
  problems: Problem[];
  constructor(problems: Problem[]) {
    super(`Content check failed:\n${formatProblems(problems)}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** The nearest candidates to a mistyped id, for hints. */
export function nearest(target: string, candidates: Iterable<string>, max = 3): string[] {
  const scored: Array<[number, string]> = [];
  for (const c of candidates) scored.push([editDistance(target, c), c]);
  scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
  const limit = Math.max(3, Math.ceil(target.length / 2));
  return scored.filter(([d]) => d <= limit).slice(0, max).map(([, c]) => c);
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}
