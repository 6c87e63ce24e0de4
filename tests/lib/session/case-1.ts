import case1Json from '../../../static/scenarios/case-1.json';
import type { Scenario } from '../../../src/lib/model/scenario';
import { validateScenario } from '../../../src/lib/model/validate-scenario';

/** The study's case 1 as the app ships it (static/scenarios/case-1.json). */
export function case1(): Scenario {
  const v = validateScenario(case1Json);
  if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return v.scenario;
}
