/**
 * npm run new -- <report|source|claim|entity> [--flag value …]
 * Scaffolds a valid record with a safe, unique id, checks it against the content schemas,
 * writes it, and says where. Asks for what is missing when run in a terminal.
 * `npm run new -- --help` lists the flags.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { checkContent } from '../src/lib/content/check.ts';
import { formatProblem, nearest } from '../src/lib/content/problem.ts';
import { ScaffoldError } from '../src/lib/editor/scaffold.ts';
import { ask } from './new/ask.ts';
import { KINDS, parse, USAGE, UsageError, type Kind } from './new/cli.ts';
import { plan } from './new/plan.ts';

function fail(message: string, code = 2): never {
  process.stderr.write(`npm run new: ${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  const { values, positionals } = parse();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const kind = positionals[0] as Kind | undefined;
  if (!kind || !KINDS.includes(kind) || positionals.length > 1) {
    const guess = kind ? nearest(kind, [...KINDS], 1)[0] : undefined;
    throw new UsageError(
      `expected what to create: report, source, claim or entity${kind ? `, found "${positionals.join(' ')}"${guess ? ` (did you mean ${guess}?)` : ''}` : ''}\n\n${USAGE}`,
    );
  }
  const answers = values as Record<string, unknown>;
  await ask(kind, answers, !values['no-input'] && process.stdin.isTTY === true && process.stdout.isTTY === true);

  const root = process.cwd();
  const contentDir = resolve(root, values.content ?? process.env.CONTENT_DIR ?? 'content');
  if (!existsSync(contentDir)) throw new UsageError(`expected a content folder at ${relative(root, contentDir) || '.'}, found none`);
  const { target, write, summary, notes } = plan(kind, answers, root, contentDir);
  const { text, line } = write();
  const shown = relative(root, target).split(sep).join('/');
  if (values['dry-run']) {
    process.stdout.write(
      `would write ${summary} to ${shown}:${line}\n\n${
        kind === 'report'
          ? text
          : text
              .split('\n')
              .slice(line - 1)
              .join('\n')
      }`.replace(/\n?$/, '\n'),
    );
    return;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  process.stdout.write(`wrote ${summary} to ${shown}:${line}\n`);
  for (const note of notes) process.stdout.write(`  default ${note}\n`);
  if (text.includes('TODO:'))
    process.stdout.write(
      '  next: replace each "TODO:" and remove "draft: true" when it is ready; `npm run check` refuses a published record with a placeholder\n',
    );

  // The record is valid on its own; say so if anything else in its file now stands out.
  const problems = checkContent({ root, contentDir }).problems.filter((p) => resolve(root, p.file) === target);
  if (problems.length) process.stdout.write(`  npm run check reports, in this file:\n${problems.map((p) => `    ${formatProblem(p)}`).join('\n')}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) fail(error.message);
  if (error instanceof ScaffoldError) fail(`nothing written:\n${error.reasons.map((r) => `  ${r}`).join('\n')}`, 1);
  fail(error instanceof Error ? error.message : String(error), 1);
});
