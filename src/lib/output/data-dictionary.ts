/**
 * The data page's dictionary: for every column of every open-data file, what it holds. Record
 * fields take their description from the zod schema's .describe() (one source of truth with
 * the editors' JSON Schemas); columns the export derives (page addresses, labels, back-links)
 * are described here, next to the list of them.
 */
import type { z } from 'zod';

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType>; in?: z.ZodType; out?: z.ZodType };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Descriptions of a schema's fields by dotted path ("figure.atLeast"); list items share their list's path. */
export function schemaDescriptions(schema: z.ZodType): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (s: z.ZodType, path: string, inherited: string | undefined) => {
    const description = s.description ?? inherited;
    const def = defOf(s);
    if (path && description && !out.has(path)) out.set(path, description);
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
        return walk(def.innerType!, path, description);
      case 'pipe':
        // A preprocess or transform: the declared type is on the side that is not a transform.
        return walk(defOf(def.in!).type === 'transform' ? def.out! : def.in!, path, description);
      case 'array':
        return walk(def.element!, path, description);
      case 'object':
        for (const [key, child] of Object.entries(def.shape!)) walk(child, path ? `${path}.${key}` : key, undefined);
        return;
      default:
        return;
    }
  };
  walk(schema, '', undefined);
  return out;
}

export interface DictionaryEntry {
  column: string;
  description: string;
  /** Where the description comes from: the content schema or the export itself. */
  origin: 'schema' | 'export';
}

/**
 * One entry per column, in the file's column order. A column is described by the schema field
 * of the same path, else by `derived`; a column neither describes is an error, so a new column
 * cannot reach the page undocumented.
 */
export function dataDictionary(columns: readonly string[], schema: z.ZodType, derived: Readonly<Record<string, string>>): DictionaryEntry[] {
  const fromSchema = schemaDescriptions(schema);
  return columns.map((column) => {
    if (derived[column]) return { column, description: derived[column], origin: 'export' as const };
    const description = fromSchema.get(column);
    if (!description)
      throw new Error(`open data column "${column}" has no description: add .describe() to its schema field or describe it in the data page's derived columns`);
    return { column, description, origin: 'schema' as const };
  });
}

/** Every column of a JSON record, nested objects and lists of objects as dotted paths, in first-seen order. */
export function jsonColumns(records: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      const objects = value.filter((v) => v && typeof v === 'object' && !Array.isArray(v));
      if (objects.length === 0) seen.add(path);
      else for (const o of objects) visit(o, path);
      return;
    }
    if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) visit(child, path ? `${path}.${key}` : key);
      return;
    }
    seen.add(path);
  };
  for (const r of records) visit(r, '');
  return [...seen];
}
