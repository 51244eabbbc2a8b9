import { placedClaims } from '../../placed-claims.ts';
import type { ContentRule } from './context.ts';

/**
 * Pages read placed claims from the source text (placed-claims.ts): refuse any report where
 * that reading and the compiled tree disagree (a "<Claim" inside code, an attribute holding ">").
 */
export const claimAmbiguous: ContentRule = {
  id: 'claim-ambiguous',
  statement: 'Every "<Claim" in a report’s text is a placed claim the page reads as the build does; in code or prose the "<" is escaped.',
  fixture: 'claim-ambiguous',
  check: ({ content, placedByFile }) =>
    content.reports.flatMap((r) => {
      const placed = placedByFile.get(r.file) ?? [];
      const inText = placedClaims(r.body);
      const fromText = inText.map((c) => c.id);
      const fromTree = placed.map((c) => c.id);
      if (fromText.join('\n') === fromTree.join('\n')) return [];
      const odd = fromText.find((id, i) => fromTree[i] !== id) ?? fromTree.find((id, i) => fromText[i] !== id) ?? '';
      return [
        {
          file: r.file,
          line: inText.find((c) => c.id === odd)?.line ?? placed.find((c) => c.id === odd)?.line ?? 1,
          field: '<Claim id>',
          rule: 'claim-ambiguous',
          message: `expected every "<Claim" in the text to be a placed claim, found one the page would misread ("${odd.slice(0, 40)}")`,
          hint: 'write <Claim id="…" /> with only its id; in code or prose, escape the "<" as \\<',
        },
      ];
    }),
};
