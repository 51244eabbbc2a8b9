import { nearest, type Problem } from '../../problem.ts';
import type { Located } from '../../validate.ts';
import { LABELS, type Collection, type ContentRule, type RuleContext } from './context.ts';

type Ref = Array<{ entry: Located<unknown>; path: Array<string | number>; id: string | undefined; collection: Collection }>;

/** Every id one record gives for another, with where it is written. */
function references({ content }: RuleContext): Ref {
  const refs: Ref = [];
  const add = (entry: Located<unknown>, path: Array<string | number>, id: string | undefined, collection: Collection) => refs.push({ entry, path, id, collection });
  for (const s of content.sources) add(s, ['derivedFrom'], s.data.derivedFrom, 'sources');
  for (const f of content.findings) f.data.sources.forEach((s, i) => add(f, ['sources', i, 'id'], s.id, 'sources'));
  for (const c of content.claims) {
    const d = c.data;
    d.sources.forEach((s, i) => add(c, ['sources', i, 'id'], s.id, 'sources'));
    d.responses.forEach((r, i) => add(c, ['responses', i, 'source'], r.source, 'sources'));
    for (const rel of ['corroborates', 'contradicts', 'supersedes', 'consistentWith'] as const) d[rel].forEach((id, i) => add(c, [rel, i], id, 'claims'));
    add(c, ['supersededBy'], d.supersededBy, 'claims');
    add(c, ['claimant', 'entity'], d.claimant.entity, 'entities');
    d.about.forEach((id, i) => add(c, ['about', i], id, 'entities'));
  }
  for (const e of content.events) {
    e.data.claims.forEach((id, i) => add(e, ['claims', i], id, 'claims'));
    e.data.findings.forEach((id, i) => add(e, ['findings', i], id, 'findings'));
    e.data.reports.forEach((id, i) => add(e, ['reports', i], id, 'reports'));
  }
  for (const r of content.reports) {
    r.data.sources.forEach((id, i) => add(r, ['sources', i], id, 'sources'));
    r.data.claims.forEach((id, i) => add(r, ['claims', i], id, 'claims'));
    r.data.findings.forEach((id, i) => add(r, ['findings', i], id, 'findings'));
  }
  for (const e of content.entities) {
    e.data.sources.forEach((id, i) => add(e, ['sources', i], id, 'sources'));
    e.data.names.forEach((n, i) => add(e, ['names', i, 'source'], n.source, 'sources'));
    add(e, ['partOf'], e.data.partOf, 'entities');
  }
  return refs;
}

export const reference: ContentRule = {
  id: 'reference',
  statement: 'Every id a record gives for another record (a source, claim, finding, report, event or entity), and every claim placed in a report’s text, names one that exists.',
  fixture: 'missing-source',
  check(context) {
    const { ids, invalidIds, at } = context;
    const problems: Problem[] = [];
    for (const { entry, path, id, collection } of references(context)) {
      const label = LABELS[collection];
      if (id === undefined || ids[collection].has(id) || invalidIds[collection].has(id)) continue;
      const guesses = nearest(id, ids[collection].keys());
      problems.push({
        ...at(entry, path),
        rule: 'reference',
        message: `expected the id of an existing ${label}, found "${id}", which no ${label} has`,
        hint: guesses.length ? `nearest existing ${label} ids: ${guesses.join(', ')}` : undefined,
      });
    }
    for (const r of context.content.reports) {
      for (const p of context.placedByFile.get(r.file) ?? []) {
        if (ids.claims.has(p.id) || invalidIds.claims.has(p.id)) continue;
        const where = { file: r.file, line: p.line, field: '<Claim id>', rule: 'reference' };
        if (ids.findings.has(p.id)) {
          // A finding is the project's own observation, not a claim: it has no badge to place in the text.
          problems.push({ ...where, message: `expected the id of a claim, found "${p.id}", which is a finding`, hint: 'list the finding in the report\'s findings: and keep the sentence without a <Claim> tag' });
          continue;
        }
        const guesses = nearest(p.id, ids.claims.keys());
        problems.push({ ...where, message: `expected the id of an existing claim, found "${p.id}", which no claim has`, hint: guesses.length ? `nearest existing claim ids: ${guesses.join(', ')}` : undefined });
      }
    }
    return problems;
  },
};
