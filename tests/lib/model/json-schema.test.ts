import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../../src/lib/model/json-schema';
import { fileJsonSchemas } from '../../../src/lib/exchange/file-format';

describe('the published JSON Schema', () => {
  it('is what the zod schema generates (run `npm run schema` after changing the schema)', () => {
    const published = JSON.parse(
      readFileSync(new URL('../../../static/scenario.schema.json', import.meta.url), 'utf8'),
    );
    expect(published).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });

  it.each(Object.entries(fileJsonSchemas()))(
    'the export file schema %s is published as generated (run `npm run schema`)',
    (name, schema) => {
      const published = JSON.parse(readFileSync(new URL(`../../../static/${name}`, import.meta.url), 'utf8'));
      expect(published).toEqual(JSON.parse(JSON.stringify(schema)));
    },
  );

  it('requires a schemaVersion and both paths', () => {
    const s = scenarioJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(s.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'name', 'paths']));
    expect(s.properties).toHaveProperty('settings');
  });
});
