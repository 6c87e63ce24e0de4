import { describe, expect, it } from 'vitest';
import { readImport } from '../../../src/lib/exchange/read-import';
import { runExportJson } from '../../../src/lib/exchange/run-export';
import { backupExport, scenarioExport } from '../../../src/lib/exchange/scenario-export';
import { SCHEMA_VERSION } from '../../../src/lib/model/scenario';
import { canonicalJson } from '../../../src/lib/model/scenario-hash';
import { validateScenarioJson } from '../../../src/lib/model/validate-scenario';
import type { Scenario } from '../../../src/lib/model/scenario';
import { run, scenario, step } from '../../helpers/scenario';
import { EXAMPLE_FILES, exampleText, textFile } from './documents';

const examples: Scenario[] = EXAMPLE_FILES.map((f) => {
  const v = validateScenarioJson(exampleText(f));
  if (!v.ok) throw new Error(`${f} does not validate`);
  return v.scenario;
});

describe('export -> import round trip (bad-inputs X3)', () => {
  it.each(EXAMPLE_FILES.map((f, i) => [f, i] as const))(
    '%s comes back equal, at the same schemaVersion',
    (_, i) => {
      const text = scenarioExport(examples[i]!);
      expect(JSON.parse(text).schemaVersion).toBe(SCHEMA_VERSION);
      const r = readImport(...textFile(text));
      expect(r.ok && r.scenarios).toEqual([examples[i]]);
      // Equal as canonical JSON too (no field dropped, added or changed on the way), so the same hash.
      expect(r.ok && canonicalJson(r.scenarios[0])).toBe(canonicalJson(examples[i]));
    },
  );

  it('a backup of all the examples comes back equal', () => {
    const r = readImport(...textFile(backupExport(examples)));
    expect(r.ok && r.kind).toBe('backup');
    expect(r.ok && r.scenarios).toEqual(examples);
  });

  it('the scenario of a run results file comes back equal', () => {
    const s = scenario(
      { pilot: { steps: [step('a', { oneOffCost: 100 })] } },
      { settings: { iterations: 50 } },
    );
    const r = readImport(...textFile(runExportJson({ scenario: s, summary: run(s) })));
    expect(r.ok && r.scenarios).toEqual([s]);
  });
});
