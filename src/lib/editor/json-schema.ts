/**
 * JSON Schemas for editors, generated from the zod schemas in src/schema so that completion and
 * squiggles in an editor follow the same rules as `npm run check`. Written to json-schema/ by
 * `npm run schemas`; a test regenerates them in memory and fails if the files drift.
 *
 * The JSON Schema is a help while typing, not the rule: rules across records (references,
 * lineage, status rules) exist only in the check.
 */
import { z } from 'zod';
import {
  reportSchema,
  claimSchema,
  collationSchema,
  entitySchema,
  eventSchema,
  findingSchema,
  fullDate,
  httpUrl,
  partialDate,
  sourceSchema,
  status,
} from '../../schema/index.ts';
import { STATUS_LIST } from '../text/labels.ts';

export interface SchemaFile {
  /** File name in json-schema/. */
  name: string;
  title: string;
  schema: z.ZodType;
  /** Data files hold one record or a list of them; a report's frontmatter is one record. */
  list: boolean;
  /** The content files it describes, as globs relative to the project root. */
  files: string;
}

/** The folder, at the project root, the JSON Schemas are written to (named apart from src/schema, the zod schemas they come from). */
export const JSON_SCHEMA_DIR = 'json-schema';

export const SCHEMA_FILES: SchemaFile[] = [
  { name: 'report.schema.json', title: 'Report frontmatter', schema: reportSchema, list: false, files: 'content/reports/*.mdx' },
  { name: 'source.schema.json', title: 'Sources', schema: sourceSchema, list: true, files: 'content/sources/*.yaml' },
  { name: 'claim.schema.json', title: 'Claims', schema: claimSchema, list: true, files: 'content/claims/*.yaml' },
  {
    name: 'finding.schema.json',
    title: "Findings (the project's own observations about texts)",
    schema: findingSchema,
    list: true,
    files: 'content/findings/*.yaml',
  },
  {
    name: 'collation.schema.json',
    title: 'Collations (a copy, its original and the judgement of every variant)',
    schema: collationSchema,
    list: false,
    files: 'content/collations/*.yaml',
  },
  { name: 'event.schema.json', title: 'Timeline events', schema: eventSchema, list: true, files: 'content/events/*.yaml' },
  {
    name: 'entity.schema.json',
    title: 'People, organisations, units, institutions and places',
    schema: entitySchema,
    list: true,
    files: 'content/entities/*.yaml',
  },
];

/** The editor's YAML reader sees 2024-06-17 as text and 2024 as a number, as our reader does. */
const PARTIAL_DATE_JSON = {
  anyOf: [
    { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
    { type: 'integer', minimum: 1000, maximum: 9999 },
  ],
  description: 'A date whose written form is its precision: YYYY, YYYY-MM or YYYY-MM-DD.',
};
const FULL_DATE_JSON = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A full date, YYYY-MM-DD.' };
/** z.url()'s protocol rule has no JSON Schema form of its own: a javascript: URL must not look valid. */
const HTTP_URL_JSON = { type: 'string', format: 'uri', pattern: '^https?://', description: 'An absolute http:// or https:// URL.' };
const STATUS_JSON = {
  // One entry per status so editors show each definition beside it; a bare `false` is the status "false".
  anyOf: [
    ...STATUS_LIST.map((s) => ({ const: s.id, description: `${s.label}: ${s.definition}` })),
    { const: false, description: 'False: the evidence contradicts it.' },
  ],
  description: 'The verification status; see the methodology page.',
};

const REPLACEMENTS: Array<[z.ZodType, object]> = [
  [partialDate, PARTIAL_DATE_JSON],
  [fullDate, FULL_DATE_JSON],
  [status, STATUS_JSON],
  [httpUrl, HTTP_URL_JSON],
];

function replaceWith(target: Record<string, unknown>, replacement: object): void {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, structuredClone(replacement));
}

function jsonSchemaFor(file: SchemaFile): Record<string, unknown> {
  // For a list file, the record is defined once in $defs under a readable name.
  const names = z.registry<{ id: string }>();
  if (file.list) names.add(file.schema, { id: file.name.replace('.schema.json', '') });
  const root = file.list ? z.union([file.schema, z.array(file.schema)]) : file.schema;
  const generated = z.toJSONSchema(root, {
    io: 'input',
    metadata: names,
    // Only z.date() is unrepresentable, and only inside the date fields, which are replaced below.
    unrepresentable: 'any',
    override: (ctx) => {
      const json = ctx.jsonSchema as Record<string, unknown>;
      // .describe() clones a schema but keeps its definition: compare definitions, so a described date is still a date.
      const replacement = REPLACEMENTS.find(([schema]) => schema._zod.def === ctx.zodSchema._zod.def)?.[1];
      if (replacement) replaceWith(json, replacement);
      // A custom metadata registry (for the $defs name) hides the global one, where .describe() writes.
      const description = z.globalRegistry.get(ctx.zodSchema)?.description;
      if (description) json.description = description;
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: `${file.title} — From Colony to Front`,
    description: `Generated from src/schema by \`npm run schemas\`; do not edit. Describes ${file.files}${file.list ? ' (one record or a list of them)' : ''}. \`npm run check\` also checks references and status rules.`,
    ...rest,
  };
}

export function renderSchemaFile(file: SchemaFile): string {
  return `${JSON.stringify(jsonSchemaFor(file), null, 2)}\n`;
}
