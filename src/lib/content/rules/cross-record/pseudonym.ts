import type { ContentRule } from './context.ts';

/** A changed name stays a changed name: it is never tied to a record of a real person. */
export const pseudonym: ContentRule = {
  id: 'pseudonym',
  statement: 'A claimant whose name was changed links only to a pseudonym entity, and a pseudonym entity only to a claimant identified as "changed-name".',
  fixture: 'pseudonym-linked-to-named',
  check: ({ content, ids, at }) =>
    content.claims.flatMap((c) => {
      const claimant = c.data.claimant;
      const linked = claimant.entity ? ids.entities.get(claimant.entity) : undefined;
      if (!linked || (claimant.identification === 'changed-name') === linked.data.pseudonym) return [];
      return [
        {
          ...at(c, ['claimant', 'entity']),
          rule: 'pseudonym',
          message:
            claimant.identification === 'changed-name'
              ? `expected a pseudonym entity for a claimant whose name was changed, found "${linked.id}", which is not marked pseudonym: true`
              : `expected a claimant identified as "changed-name" for the pseudonym entity "${linked.id}", found "${claimant.identification}"`,
        },
      ];
    }),
};
