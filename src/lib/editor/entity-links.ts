/** Which entity made a claim and which it is about, proposed from names in the claim's text. */
import type { Claim, Entity } from '../../schema/index.ts';
import { entityNames, normaliseName } from '../content/entity-names.ts';

export interface ProposedLinks {
  claim: string;
  claimant?: string | undefined;
  about: string[];
}

/** Each normalised name and the one entity it belongs to; a person's surname counts when only one person has it. */
function nameOwners(entities: Array<{ id: string; data: Entity }>, withSurnames = false): Map<string, string> {
  const owners = new Map<string, string>();
  for (const e of entities) for (const { name } of entityNames(e.data)) owners.set(normaliseName(name), e.id);
  if (withSurnames) {
    const surnames = new Map<string, Set<string>>();
    for (const e of entities) {
      if (e.data.kind !== 'person' || e.data.pseudonym) continue;
      const words = normaliseName(e.data.name).split(' ');
      if (words.length < 2) continue;
      const last = words.at(-1)!;
      surnames.set(last, (surnames.get(last) ?? new Set()).add(e.id));
    }
    for (const [surname, ids] of surnames) if (ids.size === 1 && !owners.has(surname)) owners.set(surname, [...ids][0]!);
  }
  return owners;
}

export function proposeEntityLinks(claims: Array<{ id: string; data: Claim }>, entities: Array<{ id: string; data: Entity }>): ProposedLinks[] {
  const exact = nameOwners(entities);
  const mentioned = [...nameOwners(entities, true)].sort((a, b) => b[0].length - a[0].length);
  const out: ProposedLinks[] = [];
  for (const c of claims) {
    const claimant = c.data.claimant.entity ?? exact.get(normaliseName(c.data.claimant.name));
    const text = ` ${normaliseName([c.data.statement, c.data.original ?? ''].join(' '))} `;
    const about = new Set(c.data.about);
    for (const [name, id] of mentioned) if (name && id !== claimant && text.includes(` ${name} `)) about.add(id);
    if (claimant || about.size) out.push({ claim: c.id, claimant, about: [...about].sort() });
  }
  return out;
}
