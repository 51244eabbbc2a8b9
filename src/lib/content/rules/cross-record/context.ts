/**
 * What every rule across records reads, built once per check: the valid records, their ids by
 * collection, the lookups most rules need, and what the report texts place. Each rule in this
 * folder is then a small function of it.
 */
import type { Claim, Entity, RuleInfo, Source } from '../../../../schema/index.ts';
import { entityNames, normaliseName } from '../../entity-names.ts';
import type { Checked } from '../../placeholders.ts';
import type { Problem } from '../../problem.ts';
import type { InvalidIds, Located, ValidContent } from '../../validate.ts';

/** Claims placed in each report's text, by report file, as the compiled tree has them (../mdx/mdx-rules.ts). */
export type PlacedByFile = ReadonlyMap<string, ReadonlyArray<{ id: string; line: number }>>;

export type Collection = keyof ValidContent;

/** What one record of each collection is called in a message. */
export const LABELS: Record<Collection, string> = { sources: 'source', claims: 'claim', findings: 'finding', events: 'event', reports: 'report', entities: 'entity' };

/** A rule across records: its id (the `rule` of its problems), statement and bad fixture, and the check. */
export interface ContentRule extends RuleInfo {
  check(context: RuleContext): Problem[];
}

export interface RuleContext {
  content: ValidContent;
  /** Ids of records that exist but failed validation: references to them are not reported twice. */
  invalidIds: InvalidIds;
  placedByFile: PlacedByFile;
  /** Every record as read, valid or not (for rules on raw text, such as placeholders). */
  raw: Checked[];
  /** The first record with each id, by collection; later ones are duplicates. */
  ids: { [C in Collection]: Map<string, ValidContent[C][number]> };
  claimsById: ReadonlyMap<string, Located<Claim>>;
  sourcesById: ReadonlyMap<string, Source>;
  /** The entity each normalised name belongs to (the first to claim it), with where it is written. */
  entityNameOwners: ReadonlyMap<string, { entity: Located<Entity>; path: Array<string | number>; name: string }>;
  /** Where a record's field is, for a problem. */
  at(entry: Located<unknown>, path: Array<string | number>): Pick<Problem, 'file' | 'line' | 'field'>;
}

function firstById<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  const seen = new Map<string, T>();
  for (const e of entries) if (!seen.has(e.id)) seen.set(e.id, e);
  return seen;
}

export function ruleContext(content: ValidContent, invalidIds?: InvalidIds, placedByFile?: PlacedByFile, raw: Checked[] = []): RuleContext {
  const ids = {
    reports: firstById(content.reports),
    sources: firstById(content.sources),
    claims: firstById(content.claims),
    findings: firstById(content.findings),
    events: firstById(content.events),
    entities: firstById(content.entities),
  };
  const entityNameOwners = new Map<string, { entity: Located<Entity>; path: Array<string | number>; name: string }>();
  for (const entity of ids.entities.values()) {
    for (const { name, path } of entityNames(entity.data)) {
      const key = normaliseName(name);
      if (key && !entityNameOwners.has(key)) entityNameOwners.set(key, { entity, path, name });
    }
  }
  const none = new Set<string>();
  return {
    content,
    invalidIds: invalidIds ?? { reports: none, sources: none, claims: none, findings: none, events: none, entities: none },
    placedByFile: placedByFile ?? new Map(),
    raw,
    ids,
    // The last record with an id, as before the rules were split: duplicates are reported anyway.
    claimsById: new Map(content.claims.map((c) => [c.id, c])),
    sourcesById: new Map(content.sources.map((s) => [s.id, s.data])),
    entityNameOwners,
    at: (entry, path) => ({ file: entry.file, line: entry.lineOf(path), field: path.join('.') }),
  };
}
