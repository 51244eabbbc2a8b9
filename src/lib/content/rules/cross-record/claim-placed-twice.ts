import type { Problem } from '../../problem.ts';
import type { ContentRule } from './context.ts';

export const claimPlacedTwice: ContentRule = {
  id: 'claim-placed-twice',
  statement: 'A report places each claim once: a placed claim is an element on the page, and two would share one id.',
  fixture: 'claim-placed-twice',
  check({ content, placedByFile }) {
    const problems: Problem[] = [];
    for (const r of content.reports) {
      const seen = new Set<string>();
      for (const p of placedByFile.get(r.file) ?? []) {
        if (seen.has(p.id)) problems.push({ file: r.file, line: p.line, field: '<Claim id>', rule: 'claim-placed-twice', message: `expected each claim placed once in a report, found "${p.id}" again` });
        seen.add(p.id);
      }
    }
    return problems;
  },
};
