/**
 * Rules across records: every reference resolves, ids are unique, and the status rules of
 * the verification model hold. Astro only logs a broken reference; these fail the build.
 */
import { DERIVED_KINDS, isPublished } from '../../schema/index.ts';
import { independentGroups, lineageCycles } from './lineage.ts';
import { checkModelRules } from './model-rules.ts';
import { placedClaims } from './placed-claims.ts';
import { nearest, type Problem } from './problem.ts';
import type { InvalidIds, Located, ValidContent } from './validate.ts';

type Ref = { collection: 'sources' | 'claims' | 'findings' | 'reports' | 'events'; label: string };
const REFS = {
  source: { collection: 'sources', label: 'source' },
  claim: { collection: 'claims', label: 'claim' },
  finding: { collection: 'findings', label: 'finding' },
  report: { collection: 'reports', label: 'report' },
} satisfies Record<string, Ref>;

/** Claims placed in each report's text, by report file, as the compiled tree has them (mdx-rules.ts). */
export type PlacedByFile = ReadonlyMap<string, ReadonlyArray<{ id: string; line: number }>>;

export function checkIntegrity(content: ValidContent, invalidIds?: InvalidIds, placedByFile?: PlacedByFile): Problem[] {
  const problems: Problem[] = [];
  const ids = {
    sources: uniqueIds(content.sources, 'source', problems),
    claims: uniqueIds(content.claims, 'claim', problems),
    findings: uniqueIds(content.findings, 'finding', problems),
    events: uniqueIds(content.events, 'event', problems),
    reports: uniqueIds(content.reports, 'report', problems),
  };

  const expectRef = (entry: Located<unknown>, path: Array<string | number>, id: string | undefined, ref: Ref) => {
    if (id === undefined || ids[ref.collection].has(id) || invalidIds?.[ref.collection].has(id)) return;
    const guesses = nearest(id, ids[ref.collection].keys());
    problems.push({
      file: entry.file,
      line: entry.lineOf(path),
      field: path.join('.'),
      rule: 'reference',
      message: `expected the id of an existing ${ref.label}, found "${id}", which no ${ref.label} has`,
      hint: guesses.length ? `nearest existing ${ref.label} ids: ${guesses.join(', ')}` : undefined,
    });
  };

  const sourcesById = new Map(content.sources.map((s) => [s.id, s.data]));

  for (const s of content.sources) {
    expectRef(s, ['derivedFrom'], s.data.derivedFrom, REFS.source);
    if ((DERIVED_KINDS as readonly string[]).includes(s.data.kind) && !s.data.derivedFrom) {
      problems.push({ file: s.file, line: s.lineOf(['kind']), field: 'derivedFrom', rule: 'lineage', message: `expected derivedFrom for a source of kind "${s.data.kind}": name the source it copies, found nothing` });
    }
  }
  for (const cycle of lineageCycles(sourcesById)) {
    const first = content.sources.find((s) => s.id === cycle[0])!;
    problems.push({ file: first.file, line: first.lineOf(['derivedFrom']), field: 'derivedFrom', rule: 'lineage', message: `expected derivedFrom to lead back to an original, found a cycle: ${[...cycle, cycle[0]].join(' → ')}` });
  }

  // A finding that was a claim keeps the claim's id: one id never names both.
  for (const f of content.findings) {
    const claim = ids.claims.get(f.id);
    if (claim) problems.push({ file: f.file, line: f.lineOf(['id']), field: 'id', rule: 'duplicate-id', message: `expected a finding id no claim uses, found "${f.id}", which is also a claim (${claim.file}:${claim.lineOf(['id'])})` });
    f.data.sources.forEach((s, i) => expectRef(f, ['sources', i, 'id'], s.id, REFS.source));
  }

  const claimsById = new Map(content.claims.map((c) => [c.id, c]));
  problems.push(...checkModelRules(content.claims, claimsById, sourcesById));
  for (const c of content.claims) {
    const d = c.data;
    d.sources.forEach((s, i) => expectRef(c, ['sources', i, 'id'], s.id, REFS.source));
    d.responses.forEach((r, i) => expectRef(c, ['responses', i, 'source'], r.source, REFS.source));
    for (const rel of ['corroborates', 'contradicts', 'supersedes', 'consistentWith'] as const) {
      d[rel].forEach((id, i) => {
        expectRef(c, [rel, i], id, REFS.claim);
        if (id === c.id) problems.push({ file: c.file, line: c.lineOf([rel, i]), field: `${rel}.${i}`, rule: 'relation', message: `expected another claim's id, found this claim's own id "${id}"` });
      });
    }
    expectRef(c, ['supersededBy'], d.supersededBy, REFS.claim);

    if (d.status === 'corroborated') {
      const groups = independentGroups(d.sources.map((s) => s.id), sourcesById);
      if (groups.length < 2 && d.sources.every((s) => sourcesById.has(s.id))) {
        problems.push({
          file: c.file,
          line: c.lineOf(['status']),
          field: 'status',
          rule: 'corroborated-needs-independent-sources',
          message: `expected at least two independent sources for "corroborated", found ${groups.length === 1 ? `one line of reporting (${groups[0]!.outlet}: ${groups[0]!.sources.join(', ')})` : 'none'}`,
          hint: 'copies, translations, excerpts and rewrites of one original count as that original, and one outlet counts once; use "reported" for a single line of reporting',
        });
      }
    }
    if (d.status === 'confirmed' && !d.assessedBy) {
      problems.push({ file: c.file, line: c.lineOf(['status']), field: 'assessedBy', rule: 'confirmed-needs-assessor', message: 'expected assessedBy for a "confirmed" claim: say whose verification it rests on, found nothing' });
    }
    if (d.status === 'superseded' && !d.supersededBy) {
      problems.push({ file: c.file, line: c.lineOf(['status']), field: 'supersededBy', rule: 'superseded-needs-successor', message: 'expected supersededBy for a "superseded" claim: the id of the claim that replaced it, found nothing' });
    }
    if (d.supersededBy && claimsById.get(d.supersededBy)?.data.draft) {
      problems.push({ file: c.file, line: c.lineOf(['supersededBy']), field: 'supersededBy', rule: 'reference', message: `expected a published claim, found the draft "${d.supersededBy}"` });
    }
  }

  for (const e of content.events) {
    e.data.claims.forEach((id, i) => expectRef(e, ['claims', i], id, REFS.claim));
    e.data.findings.forEach((id, i) => expectRef(e, ['findings', i], id, REFS.finding));
    e.data.reports.forEach((id, i) => expectRef(e, ['reports', i], id, REFS.report));
  }

  for (const a of content.reports) {
    a.data.sources.forEach((id, i) => expectRef(a, ['sources', i], id, REFS.source));
    a.data.claims.forEach((id, i) => expectRef(a, ['claims', i], id, REFS.claim));
    a.data.findings.forEach((id, i) => expectRef(a, ['findings', i], id, REFS.finding));
    const placed = placedByFile?.get(a.file) ?? [];
    for (const p of placed) {
      if (ids.claims.has(p.id) || invalidIds?.claims.has(p.id)) continue;
      if (ids.findings.has(p.id)) {
        // A finding is the project's own observation, not a claim: it has no badge to place in the text.
        problems.push({ file: a.file, line: p.line, field: '<Claim id>', rule: 'reference', message: `expected the id of a claim, found "${p.id}", which is a finding`, hint: 'list the finding in the report\'s findings: and keep the sentence without a <Claim> tag' });
        continue;
      }
      const guesses = nearest(p.id, ids.claims.keys());
      problems.push({
        file: a.file,
        line: p.line,
        field: '<Claim id>',
        rule: 'reference',
        message: `expected the id of an existing claim, found "${p.id}", which no claim has`,
        hint: guesses.length ? `nearest existing claim ids: ${guesses.join(', ')}` : undefined,
      });
    }
    const seen = new Set<string>();
    for (const p of placed) {
      // Each placed claim is an element id on the page: twice would be two elements with one id.
      if (seen.has(p.id)) problems.push({ file: a.file, line: p.line, field: '<Claim id>', rule: 'claim-placed-twice', message: `expected each claim placed once in a report, found "${p.id}" again` });
      seen.add(p.id);
    }
    if (isPublished(a)) {
      for (const p of placed) {
        if (claimsById.get(p.id)?.data.draft) problems.push({ file: a.file, line: p.line, field: '<Claim id>', rule: 'draft-reference', message: `expected a published claim in a published report, found the draft "${p.id}"` });
      }
      a.data.claims.forEach((id, i) => {
        if (claimsById.get(id)?.data.draft) problems.push({ file: a.file, line: a.lineOf(['claims', i]), field: `claims.${i}`, rule: 'draft-reference', message: `expected a published claim in a published report, found the draft "${id}"` });
      });
    }
    // Pages read placed claims from the source text (placed-claims.ts): refuse any report where
    // that reading and the compiled tree disagree (a "<Claim" inside code, an attribute holding ">").
    const fromText = placedClaims(a.body).map((c) => c.id);
    const fromTree = placed.map((c) => c.id);
    if (fromText.join('\n') !== fromTree.join('\n')) {
      const odd = fromText.find((id, i) => fromTree[i] !== id) ?? fromTree.find((id, i) => fromText[i] !== id) ?? '';
      const line = placedClaims(a.body).find((c) => c.id === odd)?.line ?? placed.find((c) => c.id === odd)?.line ?? 1;
      problems.push({
        file: a.file,
        line,
        field: '<Claim id>',
        rule: 'claim-ambiguous',
        message: `expected every "<Claim" in the text to be a placed claim, found one the page would misread ("${odd.slice(0, 40)}")`,
        hint: 'write <Claim id="…" /> with only its id; in code or prose, escape the "<" as \\<',
      });
    }
  }
  return problems;
}

function uniqueIds<T>(entries: Located<T>[], label: string, problems: Problem[]): Map<string, Located<T>> {
  const seen = new Map<string, Located<T>>();
  for (const e of entries) {
    const first = seen.get(e.id);
    if (first) {
      problems.push({
        file: e.file,
        line: e.lineOf(['id']),
        field: 'id',
        rule: 'duplicate-id',
        message: `expected a unique ${label} id, found "${e.id}" again (first used in ${first.file}:${first.lineOf(['id'])})`,
      });
    } else seen.set(e.id, e);
  }
  return seen;
}
