import type { Claim } from '../../../../schema/index.ts';
import { rootOf } from '../../source-lineage.ts';
import type { Problem } from '../../problem.ts';
import type { ContentRule, RuleContext } from './context.ts';

/** The outlets whose original reporting a claim rests on, after following every copy back. */
function lines(claim: Claim, sources: RuleContext['sourcesById']): Set<string> {
  return new Set(claim.sources.map((s) => rootOf(s.id, sources)?.outlet.trim().toLowerCase()).filter((o): o is string => !!o));
}

export const corroboratesNeedsIndependence: ContentRule = {
  id: 'corroborates-needs-independence',
  statement: '"corroborates" links two claims only when they rest on different lines of reporting; agreement within one line is "consistentWith".',
  fixture: 'corroborates-same-line',
  check({ content, claimsById, sourcesById, at }) {
    const problems: Problem[] = [];
    for (const c of content.claims) {
      const mine = lines(c.data, sourcesById);
      c.data.corroborates.forEach((id, i) => {
        const other = claimsById.get(id);
        if (!other || mine.size === 0) return;
        const theirs = lines(other.data, sourcesById);
        if (theirs.size !== mine.size || ![...theirs].every((l) => mine.has(l))) return;
        problems.push({
          ...at(c, ['corroborates', i]),
          rule: 'corroborates-needs-independence',
          message: `expected a claim from an independent line of reporting, found "${id}", which rests on the same reporting (${[...mine].join(', ')})`,
          hint: 'use consistentWith for agreement that is not independent',
        });
      });
    }
    return problems;
  },
};
