import { entityNames, normaliseName } from '../../entity-names.ts';
import type { ContentRule } from './context.ts';

/** One owner per normalised name: a search for it, or a claimant called it, must lead to one page. */
export const duplicateEntityName: ContentRule = {
  id: 'duplicate-entity-name',
  statement: 'No two entities share a name or spelling, compared ignoring case, accents, ё/е and punctuation.',
  fixture: 'entity-duplicate-name',
  check: ({ ids, entityNameOwners, at }) =>
    [...ids.entities.values()].flatMap((e) =>
      entityNames(e.data).flatMap(({ name, path }) => {
        const first = entityNameOwners.get(normaliseName(name));
        if (!first || first.entity === e) return [];
        return [
          {
            ...at(e, path),
            rule: 'duplicate-entity-name',
            message: `expected a name no other entity has, found "${name}", which is also "${first.name}" of the entity "${first.entity.id}" (${first.entity.file}:${first.entity.lineOf(first.path)})`,
            hint: 'names are compared ignoring case, accents, ё/е and punctuation; if both are meant, describe them apart (e.g. "Andrei (CNN, 2024)")',
          },
        ];
      }),
    ),
};
