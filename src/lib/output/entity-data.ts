/**
 * Open data for entities: /data/entities.json and /data/entities.csv. Kept apart from
 * open-data.ts (claims and sources), using its document header and csv.ts.
 */
import type { Entity } from '../../schema/index.ts';
import { DATA_SCHEMA_VERSION, type DataDocument } from './open-data.ts';
import { toCsv } from './csv.ts';
import type { Entry } from '../site-index/build.ts';
import type { EntityIndex } from '../site-index/entity-index.ts';

export interface EntityRecord {
  id: string;
  pageUrl: string;
  name: string;
  kind: Entity['kind'];
  description: string;
  pseudonym: boolean;
  pseudonymNote: string | null;
  names: Array<{ name: string; script: string; language: string; wrong: boolean; source: string | null; note: string | null }>;
  sources: string[];
  partOf: string | null;
  /** Ids of published claims it made, and claims about it. */
  claimsMade: string[];
  claimsAbout: string[];
}

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

export function entityRecords(index: EntityIndex, urls: { entity(id: string): string }): EntityRecord[] {
  return [...index.entities]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map(({ id, data: e }: Entry<Entity>) => ({
      id,
      pageUrl: urls.entity(id),
      name: e.name,
      kind: e.kind,
      description: e.description,
      pseudonym: e.pseudonym,
      pseudonymNote: orNull(e.pseudonymNote),
      names: e.names.map((n) => ({ name: n.name, script: n.script, language: n.language, wrong: n.wrong, source: orNull(n.source), note: orNull(n.note) })),
      sources: [...e.sources],
      partOf: orNull(e.partOf),
      claimsMade: [...(index.claimsBy.get(id) ?? [])].sort(),
      claimsAbout: [...(index.claimsAbout.get(id) ?? [])].sort(),
    }));
}

export function entitiesDocument(records: EntityRecord[], home: string): DataDocument & { entities: EntityRecord[] } {
  return {
    schemaVersion: DATA_SCHEMA_VERSION,
    generated:
      'Generated when the site is built, from the published content of From Colony to Front. Fields are described in the project README under "Open data".',
    site: home,
    count: records.length,
    entities: records,
  };
}

const list = (values: readonly string[]) => values.join('; ');

/** Names are split by kind of spelling so a spreadsheet can filter on them. */
const ENTITY_COLUMNS: Array<[string, (e: EntityRecord) => string | boolean | null]> = [
  ['id', (e) => e.id],
  ['pageUrl', (e) => e.pageUrl],
  ['name', (e) => e.name],
  ['kind', (e) => e.kind],
  ['description', (e) => e.description],
  ['pseudonym', (e) => e.pseudonym],
  ['pseudonymNote', (e) => e.pseudonymNote],
  ['names.name', (e) => list(e.names.filter((n) => !n.wrong).map((n) => n.name))],
  ['names.wrong', (e) => list(e.names.filter((n) => n.wrong).map((n) => n.name))],
  ['sources', (e) => list(e.sources)],
  ['partOf', (e) => e.partOf],
  ['claimsMade', (e) => list(e.claimsMade)],
  ['claimsAbout', (e) => list(e.claimsAbout)],
];

const ENTITY_CSV_HEADER = ENTITY_COLUMNS.map(([name]) => name);

export function entitiesCsv(records: readonly EntityRecord[]): string {
  return toCsv(
    ENTITY_CSV_HEADER,
    records.map((e) => ENTITY_COLUMNS.map(([, get]) => get(e))),
  );
}
