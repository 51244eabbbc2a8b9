import { isPublished } from '../../../../schema/index.ts';
import type { Problem } from '../../problem.ts';
import type { ContentRule } from './context.ts';

export const draftReference: ContentRule = {
  id: 'draft-reference',
  statement: 'A published report places and lists only published claims, and a claim is superseded only by a published one: a draft is never shown through another page.',
  fixture: 'draft-claim-placed',
  check({ content, claimsById, placedByFile, at }) {
    const problems: Problem[] = [];
    const isDraft = (id: string) => {
      const claim = claimsById.get(id);
      return claim !== undefined && !isPublished(claim);
    };
    for (const c of content.claims) {
      const next = c.data.supersededBy;
      if (next && isDraft(next)) problems.push({ ...at(c, ['supersededBy']), rule: 'draft-reference', message: `expected a published claim, found the draft "${next}"` });
    }
    for (const r of content.reports.filter(isPublished)) {
      for (const p of placedByFile.get(r.file) ?? []) {
        if (isDraft(p.id)) problems.push({ file: r.file, line: p.line, field: '<Claim id>', rule: 'draft-reference', message: `expected a published claim in a published report, found the draft "${p.id}"` });
      }
      r.data.claims.forEach((id, i) => {
        if (isDraft(id)) problems.push({ ...at(r, ['claims', i]), rule: 'draft-reference', message: `expected a published claim in a published report, found the draft "${id}"` });
      });
    }
    return problems;
  },
};
