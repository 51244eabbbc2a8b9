import { lineageCycles } from '../../source-lineage.ts';
import type { ContentRule } from './context.ts';

export const lineage: ContentRule = {
  id: 'lineage',
  statement: 'Following derivedFrom from any copy leads back to an original, never round in a circle.',
  fixture: 'lineage-cycle',
  check: ({ ids, sourcesById, at }) =>
    lineageCycles(sourcesById).map((cycle) => ({
      ...at(ids.sources.get(cycle[0]!)!, ['derivedFrom']),
      rule: 'lineage',
      message: `expected derivedFrom to lead back to an original, found a cycle: ${[...cycle, cycle[0]].join(' → ')}`,
    })),
};
