/**
 * Rules for entities, run by the content check with the other rules across records: ids and
 * names are unique across entities, references resolve, and a claimant whose name is an
 * entity's name is linked to it (so its page lists every claim it made).
 */
import type { Entity } from '../../schema/index.ts';
import { nearest, type Problem } from '../content/problem.ts';
import type { InvalidIds, Located, ValidContent } from '../content/validate.ts';
import { normaliseName } from './normalise.ts';

/** Every name of an entity with where it is written: the canonical name, then its names. */
export function entityNames(entity: Entity): Array<{ name: string; path: Array<string | number> }> {
  return [{ name: entity.name, path: ['name'] }, ...entity.names.map((n, i) => ({ name: n.name, path: ['names', i, 'name'] }))];
}

export function checkEntities(content: ValidContent, invalidIds?: InvalidIds): Problem[] {
  const problems: Problem[] = [];
  const at = (e: Located<unknown>, path: Array<string | number>) => ({ file: e.file, line: e.lineOf(path), field: path.join('.') });

  const byId = new Map<string, Located<Entity>>();
  for (const e of content.entities) {
    const first = byId.get(e.id);
    if (first)
      problems.push({
        ...at(e, ['id']),
        rule: 'duplicate-id',
        message: `expected a unique entity id, found "${e.id}" again (first used in ${first.file}:${first.lineOf(['id'])})`,
      });
    else byId.set(e.id, e);
  }

  // One owner per normalised name: a search for it, or a claimant called it, must lead to one page.
  const owner = new Map<string, { entity: Located<Entity>; path: Array<string | number>; name: string }>();
  for (const e of byId.values()) {
    for (const { name, path } of entityNames(e.data)) {
      const key = normaliseName(name);
      if (!key) continue;
      const first = owner.get(key);
      if (!first) owner.set(key, { entity: e, path, name });
      else if (first.entity !== e) {
        problems.push({
          ...at(e, path),
          rule: 'duplicate-entity-name',
          message: `expected a name no other entity has, found "${name}", which is also "${first.name}" of the entity "${first.entity.id}" (${first.entity.file}:${first.entity.lineOf(first.path)})`,
          hint: 'names are compared ignoring case, accents, ё/е and punctuation; if both are meant, describe them apart (e.g. "Andrei (CNN, 2024)")',
        });
      }
    }
  }

  const sourceIds = new Set(content.sources.map((s) => s.id));
  const known = (ids: Set<string> | Map<string, unknown>, invalid: Set<string> | undefined, id: string) => ids.has(id) || !!invalid?.has(id);
  const expect = (e: Located<unknown>, path: Array<string | number>, id: string | undefined, label: 'source' | 'entity') => {
    if (id === undefined) return;
    const ids = label === 'source' ? sourceIds : byId;
    if (known(ids, label === 'source' ? invalidIds?.sources : invalidIds?.entities, id)) return;
    const guesses = nearest(id, ids.keys());
    problems.push({
      ...at(e, path),
      rule: 'reference',
      message: `expected the id of an existing ${label}, found "${id}", which no ${label} has`,
      hint: guesses.length ? `nearest existing ${label} ids: ${guesses.join(', ')}` : undefined,
    });
  };

  for (const e of content.entities) {
    e.data.sources.forEach((id, i) => expect(e, ['sources', i], id, 'source'));
    e.data.names.forEach((n, i) => expect(e, ['names', i, 'source'], n.source, 'source'));
    expect(e, ['partOf'], e.data.partOf, 'entity');
    if (e.data.partOf === e.id)
      problems.push({ ...at(e, ['partOf']), rule: 'relation', message: `expected another entity's id, found this entity's own id "${e.id}"` });
  }

  // Claims written before entities existed are linked in one pass (scripts/entity-links.ts);
  // until a content folder links any claimant, the claimant rule waits for that pass.
  const linking = content.claims.some((c) => c.data.claimant.entity !== undefined);
  for (const c of content.claims) {
    const claimant = c.data.claimant;
    expect(c, ['claimant', 'entity'], claimant.entity, 'entity');
    c.data.about.forEach((id, i) => expect(c, ['about', i], id, 'entity'));
    const linked = claimant.entity ? byId.get(claimant.entity) : undefined;
    const named = owner.get(normaliseName(claimant.name));
    if (linking && named && claimant.entity !== named.entity.id) {
      problems.push({
        ...at(c, ['claimant', 'name']),
        rule: 'claimant-entity',
        message: `expected claimant.entity: "${named.entity.id}" for the claimant "${claimant.name}", which is a name of that entity, found ${claimant.entity ? `"${claimant.entity}"` : 'no link'}`,
        hint: `add entity: ${named.entity.id} to the claimant, so the claim is listed on ${named.entity.data.name}'s page`,
      });
    }
    // A changed name stays a changed name: it is never tied to a record of a real person.
    if (linked && (claimant.identification === 'changed-name') !== linked.data.pseudonym) {
      problems.push({
        ...at(c, ['claimant', 'entity']),
        rule: 'pseudonym',
        message:
          claimant.identification === 'changed-name'
            ? `expected a pseudonym entity for a claimant whose name was changed, found "${linked.id}", which is not marked pseudonym: true`
            : `expected a claimant identified as "changed-name" for the pseudonym entity "${linked.id}", found "${claimant.identification}"`,
      });
    }
  }
  return problems;
}
