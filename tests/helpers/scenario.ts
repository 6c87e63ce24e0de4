import type { ScenarioInput } from '../../src/lib/model/scenario';
import type { Scenario } from '../../src/lib/model/scenario';
import { validateScenario } from '../../src/lib/model/validate-scenario';
import type { StepInput } from '../../src/lib/model/step';
import { runInline } from '../../src/lib/sim/run-inline';
import { summarizeRun, type RunSummary } from '../../src/lib/sim/summarize';

type PathInput = ScenarioInput['paths']['pilot'];

/** A valid scenario from the given paths and settings (throws with the problems otherwise). */
export function scenario(
  paths: { pilot?: PathInput; reference?: PathInput },
  extra: Partial<Omit<ScenarioInput, 'paths'>> = {},
): Scenario {
  const input: ScenarioInput = {
    schemaVersion: 1,
    id: 'test',
    name: 'test',
    ...extra,
    settings: { discountRate: 0, discountPreset: 'none', ...extra.settings },
    paths: { pilot: paths.pilot ?? {}, reference: paths.reference ?? {} },
  };
  const v = validateScenario(input);
  if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return v.scenario;
}

export function step(id: string, fields: Partial<StepInput> = {}): StepInput {
  return { id, label: id, payer: 'municipality-youth', ...fields };
}

export function run(s: Scenario, iterations = s.settings.iterations, seed = s.settings.seed): RunSummary {
  return summarizeRun(s, runInline(s, { iterations, seed }), seed);
}
