import { describe, expect, it } from 'vitest';
import { describeDistribution } from '../../../src/lib/model/distribution-facts';
import { isDistribution, isFormula } from '../../../src/lib/model/quantity';
import type { Scenario } from '../../../src/lib/model/scenario';
import { validateScenario } from '../../../src/lib/model/validate-scenario';
import { runInline } from '../../../src/lib/sim/run-inline';
import { summarizeRun } from '../../../src/lib/sim/summarize';
import { loadExample } from './example-files';

const REPORT_CIT = 50_000;
const CIT_STEPS = ['cit-start', 'cit-escalation'];

const s = loadExample('case-2.json');
const param = (id: string) => {
  const p = s.parameters.find((x) => x.id === id);
  if (!p) throw new Error(`no parameter ${id}`);
  return p;
};

/** Mean and sd of the CIT cost: report figure x uncertainty factor (a PERT), in closed form. */
function analyticCit(): { mean: number; sd: number; min: number; max: number } {
  const report = param('cit_cost_report').value;
  const factor = param('cit_cost_factor').value;
  if (typeof report !== 'number' || !isDistribution(factor)) throw new Error('unexpected CIT parameters');
  const d = describeDistribution(factor);
  if (!d.ok) throw new Error(d.problems.join('; '));
  return {
    mean: report * d.facts.mean,
    sd: report * Math.sqrt(d.facts.variance),
    min: report * d.facts.support[0],
    max: report * d.facts.support[1],
  };
}

/** The case with only the pilot's CIT steps, so that its path total is the CIT cost. */
function citOnly(): Scenario {
  const copy = structuredClone(s);
  copy.paths.pilot = {
    ...copy.paths.pilot,
    steps: copy.paths.pilot.steps.filter((st) => CIT_STEPS.includes(st.id)),
    events: [],
    branches: [],
  };
  copy.paths.reference = { steps: [], events: [], branches: [] };
  const v = validateScenario(copy);
  if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return v.scenario;
}

describe("case 2: the CIT's cost (the report's «ongeveer € 50.000»)", () => {
  it("takes the report's EUR 50,000 as a sourced figure and its uncertainty as an assumption", () => {
    expect(param('cit_cost_report')).toMatchObject({ value: REPORT_CIT, assumption: false });
    expect(param('cit_cost_report').source).toMatch(/€ 50\.000, bovenop bestaande hulp/);
    expect(param('cit_cost_factor').assumption).toBe(true);
    expect(param('cit_cost').value).toEqual({ formula: 'cit_cost_report * cit_cost_factor' });
  });

  it('puts the CIT cost on exactly two pilot steps whose shares add up to the whole', () => {
    const steps = s.paths.pilot.steps.filter((st) => /\bcit_cost\b/.test(JSON.stringify(st)));
    expect(steps.map((st) => st.id)).toEqual(CIT_STEPS);
    // Each step charges (share x cit_cost) / round(months) for round(months) months.
    const [a, b] = steps.map((st) => (isFormula(st.monthlyCost!) ? st.monthlyCost.formula : ''));
    expect(a).toBe('cit_cost * share_cit_start / round(cit_start_months)');
    expect(b).toBe('cit_cost * (1 - share_cit_start) / round(cit_escalation_months)');
    expect(steps.map((st) => st.duration)).toEqual([
      { formula: 'cit_start_months' },
      { formula: 'cit_escalation_months' },
    ]);
  });

  it('has an analytic expected CIT cost of EUR 50,000, with the report figure inside its range', () => {
    const { mean, sd, min, max } = analyticCit();
    expect(mean).toBeCloseTo(REPORT_CIT, 6);
    // PERT(0.7, 1, 1.3) x 50,000: sd = 50,000 x 0.6 x sqrt(3 x 3 / (6^2 x 7)) = EUR 5,669.
    expect(sd).toBeCloseTo(REPORT_CIT * 0.6 * Math.sqrt(9 / (36 * 7)), 6);
    expect(min).toBeCloseTo(35_000, 6);
    expect(max).toBeCloseTo(65_000, 6);
  });

  it('gives a Monte Carlo mean CIT cost within 4 standard errors of EUR 50,000', () => {
    const cit = citOnly();
    const n = cit.settings.iterations;
    const r = summarizeRun(cit, runInline(cit), cit.settings.seed);
    const m = r.measures.horizonUndiscounted.pilot;
    const { mean, sd } = analyticCit();
    expect(m.n).toBe(n);
    expect(m.mcse).toBeCloseTo(m.sd / Math.sqrt(n), 6);
    expect(Math.abs(m.mean - mean)).toBeLessThanOrEqual(4 * m.mcse);
    expect(Math.abs(m.mean - REPORT_CIT)).toBeLessThanOrEqual(4 * m.mcse);
    // The spread is the factor's: the durations cancel out of each step's total.
    expect(Math.abs(m.sd - sd) / sd).toBeLessThan(0.05);
    expect(m.min).toBeGreaterThanOrEqual(35_000 - 1e-6);
    expect(m.max).toBeLessThanOrEqual(65_000 + 1e-6);
    // All of it falls within the first year and on the municipality (Jeugdwet).
    expect(r.measures.shortTermUndiscounted.pilot.mean).toBeCloseTo(m.mean, 6);
    expect(r.payers.find((p) => p.id === 'municipality-youth')!.pilot.horizonUndiscounted).toBeCloseTo(
      m.mean,
      0,
    );
  });

  it("keeps the CIT's first involvement identical on both paths, so the difference holds only the rest", () => {
    const pilot = s.paths.pilot.steps.find((st) => st.id === 'cit-start');
    const ref = s.paths.reference.steps.find((st) => st.id === 'cit-start');
    expect(pilot).toBeDefined();
    expect(pilot).toEqual(ref);
    expect(s.paths.reference.steps.find((st) => st.id === 'cit-escalation')).toBeUndefined();
  });
});
