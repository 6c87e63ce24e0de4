import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/lib/model/scenario';
import { validateScenario, validateScenarioJson } from '../../../src/lib/model/validate-scenario';
import { runInline } from '../../../src/lib/sim/run-inline';
import { summarizeRun } from '../../../src/lib/sim/summarize';

const text = readFileSync(new URL('../../../static/scenarios/case-1.json', import.meta.url), 'utf8');

function load(): Scenario {
  const v = validateScenarioJson(text);
  if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return v.scenario;
}

/**
 * Case 1 reduced to each path's own direct help: the risk events, the alternative futures and
 * the running care both paths share are taken out, the short term is made long enough to hold the
 * whole trajectory (the report's figures are per trajectory) and costs are not discounted (the
 * report's figures are nominal). Then the simulated short-term means must be the report's.
 */
function directHelpOnly(s: Scenario): Scenario {
  const shared = (id: string) => {
    const a = s.paths.pilot.steps.find((x) => x.id === id);
    const b = s.paths.reference.steps.find((x) => x.id === id);
    return !!a && !!b && JSON.stringify(a) === JSON.stringify(b);
  };
  const own = (p: Scenario['paths']['pilot']) => ({
    ...p,
    steps: p.steps.filter((st) => !shared(st.id) && st.probability === 1),
    events: [],
    branches: [],
  });
  const v = validateScenario({
    ...s,
    settings: {
      ...s.settings,
      shortTermMonths: 36,
      discountRate: 0,
      discountPreset: 'none',
      iterations: 20_000,
    },
    paths: { pilot: own(s.paths.pilot), reference: own(s.paths.reference) },
  });
  if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return v.scenario;
}

describe('case 1 simulated: the report’s own figures come out of the engine', () => {
  const s = directHelpOnly(load());
  const summary = summarizeRun(s, runInline(s), s.settings.seed);
  const st = summary.measures.shortTermUndiscounted;

  it('gives the pilot-specific help a mean of about EUR 20,000 (+ the failed IHT), within 4 Monte Carlo SE', () => {
    // EUR 20,000 for Beter Thuis 0-6 plus the failed online Intensive Home Treatment
    // (2 months x 4 contacts x EUR 137 (2022) x CPI 1.073), as case-1.test.ts derives analytically.
    const expected = 20_000 + 2 * 4 * 137 * 1.073;
    expect(Math.abs(st.pilot.mean - expected)).toBeLessThan(4 * st.pilot.mcse + 1e-6);
    expect(st.pilot.mcse).toBeLessThan(0.02 * expected); // the check is not vacuous
  });

  it('gives the reference path’s direct help a mean of about EUR 3,000, within 4 Monte Carlo SE', () => {
    expect(Math.abs(st.reference.mean - 3000)).toBeLessThan(4 * st.reference.mcse + 1e-6);
    expect(st.reference.mcse).toBeLessThan(0.02 * 3000);
  });
});
