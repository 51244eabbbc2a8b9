import type { Problem } from '../../problem.ts';
import type { ContentRule } from './context.ts';

export const relation: ContentRule = {
  id: 'relation',
  statement: 'A claim’s links (corroborates, contradicts, supersedes, consistentWith) and an entity’s partOf name another record, never the record itself.',
  fixture: 'relation-to-itself',
  check({ content, at }) {
    const problems: Problem[] = [];
    for (const c of content.claims) {
      for (const rel of ['corroborates', 'contradicts', 'supersedes', 'consistentWith'] as const) {
        c.data[rel].forEach((id, i) => {
          if (id === c.id) problems.push({ ...at(c, [rel, i]), rule: 'relation', message: `expected another claim's id, found this claim's own id "${id}"` });
        });
      }
    }
    for (const e of content.entities) {
      if (e.data.partOf === e.id) problems.push({ ...at(e, ['partOf']), rule: 'relation', message: `expected another entity's id, found this entity's own id "${e.id}"` });
    }
    return problems;
  },
};
