import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../src/lib/app-version';
import { backupExport, scenarioExport } from '../../../src/lib/exchange/scenario-export';
import { fileJsonSchemas } from '../../../src/lib/exchange/file-format';
import { scenarioHash } from '../../../src/lib/model/scenario-hash';
import { scenarioSchema } from '../../../src/lib/model/scenario';
import { ENGINE_VERSION } from '../../../src/lib/sim/engine-version';
import { GENERATOR_NAME } from '../../../src/lib/sim/random';
import { smallDocument } from './documents';

const s = scenarioSchema.parse({
  ...smallDocument(),
  priceList: { id: 'nl-prices', version: '2024.1' },
  settings: { seed: 7, iterations: 2000, priceYear: 2024, discountPreset: 'mkba-2021', discountRate: 0.0225 },
});
const at = new Date('2026-11-23T10:00:00Z');

describe('scenarioExport', () => {
  const file = JSON.parse(scenarioExport(s, { exportedAt: at }));

  it('writes the envelope: $schema, format, schemaVersion, who wrote it and when', () => {
    expect(file.$schema).toBe('scenario-file.schema.json');
    expect(file.format).toBe('pathcost-scenario');
    expect(file.schemaVersion).toBe(1);
    expect(file.exportedBy).toEqual({ app: 'PathCost', appVersion: APP_VERSION });
    expect(file.exportedAt).toBe('2026-11-23T10:00:00.000Z');
  });

  it('writes the reproducibility block of the scenario as it stands', () => {
    expect(file.reproducibility).toEqual({
      seed: 7,
      iterations: 2000,
      generator: GENERATOR_NAME,
      engineVersion: ENGINE_VERSION,
      appVersion: APP_VERSION,
      schemaVersion: 1,
      priceYear: 2024,
      currency: 'EUR',
      discountPreset: 'mkba-2021',
      discountRate: 0.0225,
      priceList: { id: 'nl-prices', version: '2024.1' },
      scenarioHash: scenarioHash(s),
    });
  });

  it('holds the scenario unchanged, as indented JSON ending in a newline', () => {
    expect(file.scenario).toEqual(s);
    const text = scenarioExport(s, { exportedAt: at });
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "scenario": {');
  });

  it('takes the app version it is given', () => {
    expect(JSON.parse(scenarioExport(s, { appVersion: '9.9.9' })).exportedBy.appVersion).toBe('9.9.9');
  });
});

describe('backupExport', () => {
  it('writes every scenario in one file', () => {
    const file = JSON.parse(backupExport([s, { ...s, id: 'other' }], { exportedAt: at }));
    expect(file.format).toBe('pathcost-backup');
    expect(file.$schema).toBe('backup-file.schema.json');
    expect(file.scenarios.map((x: { id: string }) => x.id)).toEqual(['small', 'other']);
  });
});

describe('the published JSON Schemas of the files', () => {
  it('describe the envelope around the full scenario schema', () => {
    type JsonSchema = { required: string[]; type?: string; properties: Record<string, JsonSchema> };
    const schemas = fileJsonSchemas() as Record<string, JsonSchema>;
    const scenarioFile = schemas['scenario-file.schema.json']!;
    expect(scenarioFile.required).toEqual(expect.arrayContaining(['format', 'schemaVersion', 'scenario']));
    expect(scenarioFile.properties.format as unknown).toEqual({ type: 'string', const: 'pathcost-scenario' });
    expect(Object.keys(scenarioFile.properties.scenario!.properties)).toContain('paths');
    expect(schemas['backup-file.schema.json']!.properties.scenarios!.type).toBe('array');
  });
});
