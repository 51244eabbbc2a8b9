import { SOURCING_STATUSES } from '../../../../schema/index.ts';
import { independentGroups } from '../../source-lineage.ts';
import type { ContentRule } from './context.ts';
import { STATUSES } from '../../../text/labels.ts';

export const unconsultedCap: ContentRule = {
  id: 'unconsulted-cap',
  statement: 'A claim resting only on sources the project has not read (consulted: false) stays at "reported", "unverified" or "claimed", unless two independent sources agree.',
  fixture: 'verdict-from-unconsulted',
  check: ({ content, sourcesById, at }) =>
    content.claims.flatMap((c) => {
      const d = c.data;
      const known = d.sources.filter((s) => sourcesById.has(s.id));
      const unread = known.length > 0 && known.every((s) => sourcesById.get(s.id)!.consulted === false);
      if (!unread || SOURCING_STATUSES.includes(d.status) || independentGroups(known.map((s) => s.id), sourcesById).length >= 2) return [];
      return [
        {
          ...at(c, ['status']),
          rule: 'unconsulted-cap',
          message: `expected at most "reported" for a claim resting only on sources this project has not read (consulted: false), found "${d.status}"`,
          hint: `a verdict (${STATUSES[d.status].label}) needs a source the project has read, or two independent sources`,
        },
      ];
    }),
};
