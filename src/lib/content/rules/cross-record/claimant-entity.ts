import { normaliseName } from '../../entity-names.ts';
import type { ContentRule } from './context.ts';

export const claimantEntity: ContentRule = {
  id: 'claimant-entity',
  statement: 'A claimant whose name is an entity’s name is linked to that entity (claimant.entity), so its page lists every claim it made; the rule applies once any claimant is linked.',
  fixture: 'claimant-not-linked',
  check({ content, entityNameOwners, at }) {
    // Claims written before entities existed are linked in one pass (scripts/entity-links.ts);
    // until a content folder links any claimant, the claimant rule waits for that pass.
    if (!content.claims.some((c) => c.data.claimant.entity !== undefined)) return [];
    return content.claims.flatMap((c) => {
      const claimant = c.data.claimant;
      const named = entityNameOwners.get(normaliseName(claimant.name));
      if (!named || claimant.entity === named.entity.id) return [];
      return [
        {
          ...at(c, ['claimant', 'name']),
          rule: 'claimant-entity',
          message: `expected claimant.entity: "${named.entity.id}" for the claimant "${claimant.name}", which is a name of that entity, found ${claimant.entity ? `"${claimant.entity}"` : 'no link'}`,
          hint: `add entity: ${named.entity.id} to the claimant, so the claim is listed on ${named.entity.data.name}'s page`,
        },
      ];
    });
  },
};
