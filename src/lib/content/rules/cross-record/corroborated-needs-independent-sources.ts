import { independentGroups } from '../../source-lineage.ts';
import type { ContentRule } from './context.ts';

export const corroboratedNeedsIndependentSources: ContentRule = {
  id: 'corroborated-needs-independent-sources',
  statement: 'A "corroborated" claim rests on at least two independent lines of reporting: copies count as their original, and one outlet counts once.',
  fixture: 'corroborated-by-copies',
  check: ({ content, sourcesById, at }) =>
    content.claims.flatMap((c) => {
      const d = c.data;
      if (d.status !== 'corroborated' || !d.sources.every((s) => sourcesById.has(s.id))) return [];
      const groups = independentGroups(d.sources.map((s) => s.id), sourcesById);
      if (groups.length >= 2) return [];
      return [
        {
          ...at(c, ['status']),
          rule: 'corroborated-needs-independent-sources',
          message: `expected at least two independent sources for "corroborated", found ${groups.length === 1 ? `one line of reporting (${groups[0]!.outlet}: ${groups[0]!.sources.join(', ')})` : 'none'}`,
          hint: 'copies, translations, excerpts and rewrites of one original count as that original, and one outlet counts once; use "reported" for a single line of reporting',
        },
      ];
    }),
};
