/**
 * npm run schemas
 * Regenerates the files derived from src/schema: the editors' JSON Schemas in json-schema/ and the
 * status section of CONTRIBUTING.md. Tests fail when the committed files are out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA_DIR, renderSchemaFile, SCHEMA_FILES } from '../src/lib/editor/json-schema.ts';
import { withStatusSection } from '../src/lib/editor/generated-docs.ts';

const root = process.cwd();
mkdirSync(join(root, JSON_SCHEMA_DIR), { recursive: true });
for (const file of SCHEMA_FILES) {
  writeFileSync(join(root, JSON_SCHEMA_DIR, file.name), renderSchemaFile(file));
  process.stdout.write(`wrote ${JSON_SCHEMA_DIR}/${file.name}\n`);
}
const guide = join(root, 'CONTRIBUTING.md');
writeFileSync(guide, withStatusSection(readFileSync(guide, 'utf8')));
process.stdout.write('updated the status section of CONTRIBUTING.md\n');
