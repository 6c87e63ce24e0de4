// Writes the published JSON Schemas into static/ from the zod schemas (tests keep them in step):
// scenario.schema.json (a bare scenario document) and the export files' envelopes.
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../src/lib/model/json-schema';
import { fileJsonSchemas } from '../src/lib/exchange/file-format';

const write = (name: string, schema: object) => {
  writeFileSync(new URL(`../static/${name}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote static/${name}`);
};
write('scenario.schema.json', scenarioJsonSchema());
for (const [name, schema] of Object.entries(fileJsonSchemas())) write(name, schema);
