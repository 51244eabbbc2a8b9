/**
 * npm run check [-- --json] [--content DIR]
 * Validates all content without building; prints every problem in every file, exit 1 on any.
 * Colour only on a terminal (node's styleText honours NO_COLOR and FORCE_COLOR); --json is for
 * tools, its shape is documented in CONTRIBUTING.md.
 */
import { parseArgs, styleText } from 'node:util';
import { checkContent } from '../src/lib/content/check.ts';
import type { Problem } from '../src/lib/content/problem.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    content: { type: 'string', default: process.env.CONTENT_DIR ?? 'content' },
  },
});

const { problems, warnings, counts } = checkContent({ root: process.cwd(), contentDir: values.content });

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const tally = [
  plural(counts.reports, 'report'),
  plural(counts.translations, 'translation'),
  plural(counts.sources, 'source'),
  plural(counts.claims, 'claim'),
  plural(counts.findings, 'finding'),
  plural(counts.events, 'event'),
  `${counts.entities} ${counts.entities === 1 ? 'entity' : 'entities'}`,
].join(', ');

if (values.json) {
  process.stdout.write(`${JSON.stringify({ ok: problems.length === 0, counts, problems, warnings }, null, 2)}\n`);
} else if (problems.length) {
  const out = process.stderr;
  const paint = (format: Parameters<typeof styleText>[0], text: string) => styleText(format, text, { stream: out });
  const line = (p: Problem) => {
    const where = paint('bold', p.line ? `${p.file}:${p.line}` : p.file);
    const head = `${where}  ${paint('yellow', p.field || '(file)')}  ${p.message}  ${paint('dim', `[${p.rule}]`)}`;
    return p.hint ? `${head}\n    ${paint('cyan', `hint: ${p.hint}`)}` : head;
  };
  const files = new Set(problems.map((p) => p.file)).size;
  out.write(`${problems.map(line).join('\n')}\n\n`);
  out.write(`${paint(['red', 'bold'], `✗ ${plural(problems.length, 'problem')} in ${plural(files, 'file')}`)} (valid: ${tally}). The build refuses these.\n`);
} else {
  process.stdout.write(`${styleText('green', '✓ content OK')}: ${tally}\n`);
}
// Warnings never fail the check: a translation behind its English report is published, and says so.
if (!values.json && warnings.length) {
  const out = process.stderr;
  const lines = warnings.map(
    (w) =>
      `${styleText('bold', w.file, { stream: out })}  translationOf.updated  follows the English report of ${w.follows}; the English was updated on ${w.english}: bring the translation up to date, then set translationOf.updated  ${styleText('dim', '[stale-translation]', { stream: out })}`,
  );
  out.write(`${styleText('yellow', `⚠ ${plural(warnings.length, 'stale translation')}`, { stream: out })}\n${lines.join('\n')}\n`);
}
process.exitCode = problems.length ? 1 : 0;
