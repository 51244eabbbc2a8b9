/**
 * The content check: read every file, validate every record against the schema (with the rules
 * one record keeps), then the MDX safety rules, the rules across records and the collation rules (rules/). Reports every problem at once; used by `npm run check` and by the
 * build, which refuses to start while any problem remains.
 */
import { resolve } from 'node:path';
import { loadCollations } from './collation-files.ts';
import { loadContent } from './read-files.ts';
import { analyseMdx, type TreeClaim } from './rules/mdx/mdx-rules.ts';
import { checkCollations } from './rules/collation/collation-rules.ts';
import { checkRules } from './rules/cross-record/cross-record-rules.ts';
import { validateContent, type ValidContent } from './validate.ts';
import type { Problem } from './problem.ts';
import { staleTranslations, translationId, type StaleTranslation } from './rules/cross-record/translation.ts';

export interface CheckResult {
  problems: Problem[];
  /** Not errors: translations behind their English report (the page says so; an editor updates them). */
  warnings: StaleTranslation[];
  content: ValidContent;
  counts: Record<keyof ValidContent | 'translations', number>;
}

export function checkContent(options: { root: string; contentDir?: string }): CheckResult {
  const root = resolve(options.root);
  const contentDir = resolve(root, options.contentDir ?? 'content');
  const loaded = loadContent(root, contentDir);
  const { content, problems: schemaProblems, invalidIds } = validateContent(loaded);
  const placedByFile = new Map<string, TreeClaim[]>();
  const mdxProblems = loaded.reports.flatMap((a) => {
    let result: ReturnType<typeof analyseMdx>;
    try {
      result = analyseMdx({ ...a, root });
    } catch (error) {
      result = { claims: [], problems: [{ file: a.file, line: 1, field: 'body', rule: 'mdx-syntax', message: `expected MDX the build can read, found: ${String((error as Error)?.message ?? error).split('\n')[0]}` }] };
    }
    const { problems, claims } = result;
    placedByFile.set(a.file, claims);
    return problems;
  });
  const raw = [...loaded.reports, ...Object.values(loaded.records).flat()];
  // Witness texts and collations: every variant between a copy and its original judged.
  const collationProblems = checkCollations(loadCollations(root, contentDir), {
    sources: new Map(content.sources.map((s) => [s.id, s.data])),
    invalidSources: invalidIds.sources,
    recordIds: new Set([...content.claims.map((c) => c.id), ...content.findings.map((f) => f.id)]),
    invalidRecords: new Set([...invalidIds.claims, ...invalidIds.findings]),
  });
  const problems = [...loaded.problems, ...schemaProblems, ...mdxProblems, ...checkRules(content, invalidIds, placedByFile, raw), ...collationProblems];
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const counts = {
    reports: content.reports.filter((r) => !translationId(r.id)).length,
    translations: content.reports.filter((r) => translationId(r.id)).length,
    sources: content.sources.length,
    claims: content.claims.length,
    findings: content.findings.length,
    events: content.events.length,
    entities: content.entities.length,
  };
  return { problems, warnings: staleTranslations(content.reports), content, counts };
}
