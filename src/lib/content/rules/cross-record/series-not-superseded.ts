import type { Claim } from '../../../../schema/index.ts';
import type { ContentRule } from './context.ts';

function sameClaimant(a: Claim, b: Claim): boolean {
  if (a.claimant.entity && b.claimant.entity) return a.claimant.entity === b.claimant.entity;
  return a.claimant.name.trim().toLowerCase() === b.claimant.name.trim().toLowerCase();
}

export const seriesNotSuperseded: ContentRule = {
  id: 'series-not-superseded',
  statement: 'A claimant’s later figure does not supersede its earlier one: both belong to a series (figure.series); "superseded" is for a claim a later fact overtook.',
  fixture: 'series-superseded',
  check: ({ content, claimsById, at }) =>
    content.claims.flatMap((c) => {
      const d = c.data;
      const links: Array<[string, Array<string | number>]> = [...(d.supersededBy ? [[d.supersededBy, ['supersededBy']] as [string, Array<string | number>]] : []), ...d.supersedes.map((id, i) => [id, ['supersedes', i]] as [string, Array<string | number>])];
      return links.flatMap(([id, path]) => {
        const next = claimsById.get(id);
        if (!next || !d.figure || !next.data.figure || !sameClaimant(d, next.data)) return [];
        return [
          {
            ...at(c, path),
            rule: 'series-not-superseded',
            message: `expected figures by the same claimant to form a series, found "${next.id}" linked by ${path[0]}`,
            hint: 'give both figures the same figure.series id and take the status from the evidence',
          },
        ];
      });
    }),
};
