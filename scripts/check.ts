/**
 * npm run check [-- --json] [--content DIR]
 * Validates all content without building; prints every problem in every file, exit 1 on any.
 */
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content/check.ts';
import { formatProblems } from '../src/lib/content/problem.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    content: { type: 'string', default: process.env.CONTENT_DIR ?? 'content' },
  },
});

const { problems, counts } = checkContent({ root: process.cwd(), contentDir: values.content });

if (values.json) {
  process.stdout.write(`${JSON.stringify({ ok: problems.length === 0, counts, problems }, null, 2)}\n`);
} else if (problems.length) {
  process.stderr.write(`${formatProblems(problems)}\n`);
} else {
  const summary = Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ');
  process.stdout.write(`content OK: ${summary}\n`);
}
process.exitCode = problems.length ? 1 : 0;
