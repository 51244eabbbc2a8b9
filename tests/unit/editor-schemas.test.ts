/**
 * Files generated from src/schema stay in step with it: the editors' JSON Schemas and the
 * status section of CONTRIBUTING.md. The JSON Schemas accept the fixture content and reject
 * the mistakes an editor makes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { JSON_SCHEMA_DIR, renderSchemaFile, SCHEMA_FILES } from '../../src/lib/editor/json-schema.ts';
import { statusSection, withStatusSection } from '../../src/lib/editor/generated-docs.ts';
import { readReport } from '../../src/lib/content/read-files.ts';
import { BAD_FIXTURES, FIXTURE_CONTENT, ROOT } from '../support/paths.ts';

const committed = (name: string) => readFileSync(join(ROOT, JSON_SCHEMA_DIR, name), 'utf8');

describe('generated files are up to date (run `npm run schemas` if not)', () => {
  it.each(SCHEMA_FILES.map((f) => [f.name, f] as const))('json-schema/%s matches src/schema', (_name, file) => {
    expect(committed(file.name)).toBe(renderSchemaFile(file));
  });
  it('CONTRIBUTING.md lists the statuses of src/schema/status.ts', () => {
    const guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    expect(guide).toBe(withStatusSection(guide));
    expect(guide).toContain(statusSection());
  });
  it('.vscode/settings.json points at schema files that exist', () => {
    const settings = JSON.parse(readFileSync(join(ROOT, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    const names = Object.keys(settings['yaml.schemas']).map((p) => p.replace(`./${JSON_SCHEMA_DIR}/`, ''));
    expect(names.sort()).toEqual(
      // Every YAML collection (a report's frontmatter sits in MDX, which the YAML extension does not read).
      SCHEMA_FILES.filter((f) => f.files.endsWith('.yaml'))
        .map((f) => f.name)
        .sort(),
    );
  });
});

describe('the JSON Schemas', () => {
  // Formats are left to the editor (yaml-language-server checks "uri" itself).
  const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
  const validator = (name: string) => ajv.compile(JSON.parse(committed(name)) as object);
  const yamlIn = (dir: string) => readdirSync(dir).map((f) => parse(readFileSync(join(dir, f), 'utf8')) as unknown);

  it('accept every fixture file', () => {
    for (const [folder, schema] of [
      ['sources', 'source'],
      ['claims', 'claim'],
      ['events', 'event'],
      ['collations', 'collation'],
    ] as const) {
      const validate = validator(`${schema}.schema.json`);
      for (const data of yamlIn(join(FIXTURE_CONTENT, folder))) expect(validate(data), `${folder}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    const validate = validator('report.schema.json');
    const dir = join(FIXTURE_CONTENT, 'reports');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
      const article = readReport(ROOT, join(dir, name), []);
      // Astro's frontmatter reader (which the check uses) reads an unquoted date as a Date; an
      // editor's YAML language server sees the text.
      const data = JSON.parse(
        JSON.stringify(article!.data, function (key, value) {
          const raw = (this as Record<string, unknown>)[key];
          return raw instanceof Date ? raw.toISOString().slice(0, 10) : value;
        }),
      );
      expect(validate(data), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it('accept one record as well as a list', () => {
    const [first] = yamlIn(join(FIXTURE_CONTENT, 'claims'))[0] as unknown[];
    expect(validator('claim.schema.json')(first)).toBe(true);
  });

  it('reject an unknown status, a misspelt field and a date in the wrong form', () => {
    const validate = validator('claim.schema.json');
    const [bad] = yamlIn(join(BAD_FIXTURES, 'unknown-status', 'claims'));
    expect(validate(bad)).toBe(false);
    const [good] = yamlIn(join(FIXTURE_CONTENT, 'claims'))[0] as Array<Record<string, unknown>>;
    const { statement, ...rest } = good!;
    expect(validate({ ...rest, statment: statement })).toBe(false);
    expect(validate({ ...good, date: '10/08/2022' })).toBe(false);
    expect(validate({ ...good, status: false })).toBe(true);
  });

  it('reject a javascript: URL in a source', () => {
    const [hostile] = yamlIn(join(BAD_FIXTURES, 'javascript-source-url', 'sources'));
    expect(validator('source.schema.json')(hostile)).toBe(false);
  });
});

describe('the JSON Schemas document every field', () => {
  /** Every property of every object in a JSON Schema, with the path an editor would read. */
  function fields(node: unknown, path: string): Array<[string, Record<string, unknown>]> {
    if (!node || typeof node !== 'object') return [];
    const n = node as Record<string, unknown>;
    const own = Object.entries((n.properties ?? {}) as Record<string, Record<string, unknown>>).flatMap(([key, value]) => [
      [`${path}${key}`, value] as [string, Record<string, unknown>],
      ...fields(value, `${path}${key}.`),
    ]);
    const nested = ['items', 'anyOf', '$defs'].flatMap((key) => Object.values((n[key] ?? {}) as object).flatMap((child) => fields(child, path)));
    return [...own, ...nested];
  }

  it.each(SCHEMA_FILES.map((f) => [f.name] as const))('%s: a description on every field, so an editor sees what it is for', (name) => {
    const all = fields(JSON.parse(committed(name)), '');
    expect(all.length).toBeGreaterThan(5);
    expect(all.filter(([, value]) => typeof value.description !== 'string' || value.description.length < 10).map(([path]) => path)).toEqual([]);
  });

  it('keeps a field-specific description on a date field and its date pattern', () => {
    const claim = JSON.parse(committed('claim.schema.json')) as { $defs: { claim: { properties: Record<string, { description: string; anyOf: unknown[] }> } } };
    const date = claim.$defs.claim.properties.date!;
    expect(date.description).toMatch(/^When the claim was made/);
    expect(JSON.stringify(date.anyOf)).toContain('\\\\d{4}');
  });
});
