import { SCHEMA_FILES, renderSchemaFile } from '../src/lib/editor/json-schema.ts';
console.log(renderSchemaFile(SCHEMA_FILES[2]!));
