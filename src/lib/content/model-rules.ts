/**
 * The rules of the verification model that span records: who may be "claimed", what
 * "corroborates" may link, how far a claim resting on unread texts may go, and that a
 * claimant's running estimates form a series rather than a chain of "superseded". Each rule
 * has an id (the `rule` of its problems), a one-line statement for the methodology page and
 * CONTRIBUTING, and the bad fixture that breaks it (tests/fixtures/bad/<fixture>).
 */
import { CLAIMANT_KINDS, SOURCING_STATUSES, STATUSES, type Claim } from '../../schema/index.ts';
import { independentGroups, rootOf, type LineageSource } from './lineage.ts';
import type { Problem } from './problem.ts';
import type { Located } from './validate.ts';

export interface ModelRule {
  id: string;
  /** The rule in one sentence, as the methodology page and CONTRIBUTING print it. */
  rule: string;
  /** The folder under tests/fixtures/bad that breaks it. */
  fixture: string;
}

export const MODEL_RULES: readonly ModelRule[] = [
  { id: 'claimant-kind-status', rule: 'A claim takes only the statuses its claimant’s kind allows (the table of claimant kinds): an interested party’s word is "claimed", anyone else’s "reported"; the project makes findings, not claims.', fixture: 'claimed-by-outlet' },
  { id: 'unconsulted-cap', rule: 'A claim resting only on sources the project has not read (consulted: false) stays at "reported", "unverified" or "claimed", unless two independent sources agree.', fixture: 'verdict-from-unconsulted' },
  { id: 'corroborates-needs-independence', rule: '"corroborates" links two claims only when they rest on different lines of reporting; agreement within one line is "consistentWith".', fixture: 'corroborates-same-line' },
  { id: 'series-not-superseded', rule: 'A claimant’s later figure does not supersede its earlier one: both belong to a series (figure.series); "superseded" is for a claim a later fact overtook.', fixture: 'series-superseded' },
  { id: 'distortion-needs-change', rule: 'A distortion (a claim with original wording) names the kind of change the copy made (change), and only a distortion names one.', fixture: 'distortion-without-change' },
];

type Sources = ReadonlyMap<string, LineageSource & { consulted?: boolean }>;

function lines(claim: Claim, sources: Sources): Set<string> {
  return new Set(claim.sources.map((s) => rootOf(s.id, sources)?.outlet.trim().toLowerCase()).filter((o): o is string => !!o));
}

export function checkModelRules(claims: ReadonlyArray<Located<Claim>>, byId: ReadonlyMap<string, Located<Claim>>, sources: Sources): Problem[] {
  const problems: Problem[] = [];
  for (const c of claims) {
    const d = c.data;
    const kind = CLAIMANT_KINDS[d.claimant.kind];
    if (!kind.statuses.includes(d.status)) {
      problems.push({
        file: c.file,
        line: c.lineOf(['status']),
        field: 'status',
        rule: 'claimant-kind-status',
        message: kind.statuses.length
          ? `expected one of ${kind.statuses.join(', ')} for a claim by a claimant of kind "${kind.id}", found "${d.status}"`
          : `expected no claim by "${kind.id}", found one with status "${d.status}": the project's own observations are findings (content/findings)`,
        hint: kind.why,
      });
    }

    const known = d.sources.filter((s) => sources.has(s.id));
    const unread = known.length > 0 && known.every((s) => sources.get(s.id)!.consulted === false);
    if (unread && !SOURCING_STATUSES.includes(d.status) && independentGroups(known.map((s) => s.id), sources).length < 2) {
      problems.push({
        file: c.file,
        line: c.lineOf(['status']),
        field: 'status',
        rule: 'unconsulted-cap',
        message: `expected at most "reported" for a claim resting only on sources this project has not read (consulted: false), found "${d.status}"`,
        hint: `a verdict (${STATUSES[d.status].label}) needs a source the project has read, or two independent sources`,
      });
    }

    const mine = lines(d, sources);
    d.corroborates.forEach((id, i) => {
      const other = byId.get(id);
      if (!other || mine.size === 0) return;
      const theirs = lines(other.data, sources);
      if (theirs.size === mine.size && [...theirs].every((l) => mine.has(l))) {
        problems.push({
          file: c.file,
          line: c.lineOf(['corroborates', i]),
          field: `corroborates.${i}`,
          rule: 'corroborates-needs-independence',
          message: `expected a claim from an independent line of reporting, found "${id}", which rests on the same reporting (${[...mine].join(', ')})`,
          hint: 'use consistentWith for agreement that is not independent',
        });
      }
    });

    const links: Array<[string, Array<string | number>]> = [
      ...(d.supersededBy ? [[d.supersededBy, ['supersededBy']] as [string, Array<string | number>]] : []),
      ...d.supersedes.map((id, i) => [id, ['supersedes', i]] as [string, Array<string | number>]),
    ];
    for (const [id, path] of links) {
      const next = byId.get(id);
      if (!next || !d.figure || !next.data.figure || !sameClaimant(d, next.data)) continue;
      problems.push({
        file: c.file,
        line: c.lineOf(path),
        field: path.join('.'),
        rule: 'series-not-superseded',
        message: `expected figures by the same claimant to form a series, found "${next.id}" linked by ${path[0]}`,
        hint: 'give both figures the same figure.series id and take the status from the evidence',
      });
    }

    if ((d.original !== undefined) !== (d.change !== undefined)) {
      const field = d.original === undefined ? 'original' : 'change';
      problems.push({
        file: c.file,
        line: c.lineOf([d.original === undefined ? 'change' : 'original']),
        field,
        rule: 'distortion-needs-change',
        message: d.original === undefined ? 'expected original (the wording the copy changed) beside change, found nothing' : 'expected change (softened, hardened, misattributed, mistranslated, added, omitted) for a distortion, found nothing',
      });
    }
  }
  return problems;
}

function sameClaimant(a: Claim, b: Claim): boolean {
  if (a.claimant.entity && b.claimant.entity) return a.claimant.entity === b.claimant.entity;
  return a.claimant.name.trim().toLowerCase() === b.claimant.name.trim().toLowerCase();
}
