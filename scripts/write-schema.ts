// Writes static/scenario.schema.json from the zod schema (a test keeps the two in step).
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../src/lib/model/json-schema';

writeFileSync(
  new URL('../static/scenario.schema.json', import.meta.url),
  `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`,
);
console.log('wrote static/scenario.schema.json');
