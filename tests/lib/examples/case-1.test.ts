import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileFormula } from '../../../src/lib/formula/compile-formula';
import { parseFormula } from '../../../src/lib/formula/parse-formula';
import { describeDistribution } from '../../../src/lib/model/distribution-facts';
import { isDistribution, isFormula, type Quantity } from '../../../src/lib/model/quantity';
import type { Scenario } from '../../../src/lib/model/scenario';
import type { Step } from '../../../src/lib/model/step';
import { validateScenarioJson } from '../../../src/lib/model/validate-scenario';
import { orderParameters } from '../../../src/lib/sim/parameter-program';

const FILE = fileURLToPath(new URL('../../../static/scenarios/case-1.json', import.meta.url));
const text = readFileSync(FILE, 'utf8');

function load(): Scenario {
  const v = validateScenarioJson(text);
  if (!v.ok) throw new Error(v.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return v.scenario;
}

/**
 * Plug-in expectations: every parameter at its mean (formulas evaluated at their inputs' means).
 * Exact for the steps tested here: the Beter Thuis 0-6 steps charge (share x total) / months for
 * the same number of months, and the other costs are products of independent parameters.
 */
function meanEvaluator(s: Scenario) {
  const names = new Set(s.parameters.map((p) => p.id));
  const index = new Map(s.parameters.map((p, i) => [p.id, i]));
  const values = new Float64Array(s.parameters.length);
  const at = (q: Quantity): number => {
    if (typeof q === 'number') return q;
    if (isFormula(q)) {
      const parsed = parseFormula(q.formula, names);
      if (!parsed.ok) throw new Error(`${q.formula}: ${parsed.errors[0]!.message}`);
      return compileFormula(parsed.ast, (n) => index.get(n) ?? -1)(values);
    }
    if (isDistribution(q)) {
      const d = describeDistribution(q);
      if (!d.ok) throw new Error(d.problems.join('; '));
      return d.facts.mean;
    }
    throw new Error('unknown quantity');
  };
  const ordered = orderParameters(s.parameters);
  if ('cycle' in ordered) throw new Error(`cycle ${ordered.cycle.join(' -> ')}`);
  for (const i of ordered.order) values[i] = at(s.parameters[i]!.value);
  return { at, param: (id: string) => values[index.get(id)!]! };
}

/** Undiscounted cost of one step at the parameters' means, clipped to the horizon. */
function stepCost(step: Step, at: (q: Quantity) => number, horizon: number): number {
  const start = Math.floor(at(step.start));
  const monthly =
    step.monthlyCost !== undefined
      ? at(step.monthlyCost)
      : step.hoursPerMonth !== undefined && step.hourlyRate !== undefined
        ? at(step.hoursPerMonth) * at(step.hourlyRate)
        : 0;
  let months = step.duration !== undefined ? Math.round(at(step.duration)) : 0;
  if (monthly > 0 && months < 1) months = 1;
  const end = Math.min(start + months, horizon);
  const oneOff = step.oneOffCost !== undefined && start < horizon ? at(step.oneOffCost) : 0;
  return oneOff + monthly * Math.max(0, end - start);
}

/** Steps of one path that always happen and are not running care shared with the other path. */
function ownSteps(s: Scenario, pathId: 'pilot' | 'reference'): Step[] {
  const other = s.paths[pathId === 'pilot' ? 'reference' : 'pilot'].steps;
  return s.paths[pathId].steps.filter(
    (st) =>
      st.probability === 1 && !other.some((o) => o.id === st.id && JSON.stringify(o) === JSON.stringify(st)),
  );
}

describe('example scenario: case 1 (Beter Thuis 0-6)', () => {
  it('is valid JSON that validateScenarioJson accepts without warnings', () => {
    const v = validateScenarioJson(text);
    expect(v.ok ? [] : v.problems).toEqual([]);
    expect(v.warnings).toEqual([]);
  });

  it('is pretty-printed with two-space indentation', () => {
    // Prettier's JSON style (short arrays on one line), so `prettier --check` passes too.
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(500);
    expect(lines[1]).toMatch(/^ {2}"schemaVersion": 1,$/);
    for (const line of lines) expect(line).toMatch(/^(?: {2})*(?! )/);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('has the settings the study examples share', () => {
    const s = load();
    expect(s.schemaVersion).toBe(1);
    expect(s.id).toBe('case-1');
    expect(s.settings).toMatchObject({
      horizonMonths: 60,
      shortTermMonths: 12,
      discountRate: 0.03,
      discountPreset: 'zin-2024',
      priceYear: 2024,
      iterations: 10000,
      seed: 20240601,
    });
  });

  it('gives names, narrative and labels in Dutch and English', () => {
    const s = load();
    for (const t of [s.name, s.narrative, s.description]) {
      expect(t).toMatchObject({ nl: expect.any(String), en: expect.any(String) });
    }
    for (const p of s.parameters)
      expect(p.label).toMatchObject({ nl: expect.any(String), en: expect.any(String) });
    expect(s.source).toMatch(/Casus 1/);
  });

  it('gives every parameter a source, a year and an assumption flag', () => {
    const s = load();
    for (const p of s.parameters) {
      expect(p.source, p.id).toBeTruthy();
      expect(p.year, p.id).toBeTypeOf('number');
      expect(p.assumption, p.id).toBeTypeOf('boolean');
    }
    const report = s.parameters.filter((p) => /^Report/.test(p.source ?? '') && p.assumption === false);
    expect(report.map((p) => p.id).sort()).toEqual(
      ['attachment_sessions', 'bt06_cost_report', 'ref_cost_report', 'so_sessions'].sort(),
    );
  });

  it('states every event probability as a wide beta parameter, since the report gives no numbers', () => {
    const s = load();
    const events = [...s.paths.pilot.events, ...s.paths.reference.events];
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      const q = e.probability;
      expect(isFormula(q), e.id).toBe(true);
      const p = s.parameters.find((x) => x.id === (q as { formula: string }).formula)!;
      expect(p.assumption).toBe(true);
      const d = isDistribution(p.value) ? describeDistribution(p.value) : null;
      expect(d?.ok && d.facts.canonical.family).toBe('beta');
      // "Wide": a beta from k of n with n <= 8 has a standard deviation of at least 0.09.
      expect(d?.ok && Math.sqrt(d.facts.variance)).toBeGreaterThan(0.08);
    }
    expect(s.description && typeof s.description !== 'string' && s.description.en).toMatch(
      /no numeric probabilities/,
    );
  });

  it('keeps the running v-ggz for the mother identical on both paths', () => {
    const s = load();
    const pilot = s.paths.pilot.steps.find((x) => x.id === 'vggz-mother');
    const ref = s.paths.reference.steps.find((x) => x.id === 'vggz-mother');
    expect(pilot).toBeDefined();
    expect(pilot).toEqual(ref);
  });

  it("puts the report's EUR 20,000 on the pilot path's Beter Thuis 0-6 steps", () => {
    const s = load();
    const { at } = meanEvaluator(s);
    const H = s.settings.horizonMonths;
    const bt = s.paths.pilot.steps.filter((st) => st.id.startsWith('bt06-'));
    expect(bt.map((st) => st.id)).toEqual(['bt06-mother', 'bt06-father', 'bt06-targeted', 'bt06-family']);
    const total = bt.reduce((a, st) => a + stepCost(st, at, H), 0);
    expect(total).toBeCloseTo(20000, 6);
    // Each step lies within the trajectory (18 months at the mean).
    for (const st of bt) {
      const end = Math.floor(at(st.start)) + Math.round(at(st.duration!));
      expect(end, st.id).toBeLessThanOrEqual(18);
    }
  });

  it("gives the pilot path an expected extra cost of the report's order (~EUR 20,000)", () => {
    const s = load();
    const { at } = meanEvaluator(s);
    const steps = ownSteps(s, 'pilot');
    expect(steps.map((st) => st.id)).not.toContain('vggz-mother');
    const extra = steps.reduce((a, st) => a + stepCost(st, at, s.settings.horizonMonths), 0);
    // EUR 20,000 for Beter Thuis 0-6 + the failed online Intensive Home Treatment
    // (2 months x 4 contacts x EUR 137 x 1.073 = EUR 1,176).
    expect(extra).toBeCloseTo(20000 + 2 * 4 * 137 * 1.073, 6);
    expect(extra).toBeGreaterThan(16000);
    expect(extra).toBeLessThan(24000);
  });

  it("gives the reference path's direct interventions the report's ~EUR 3,000", () => {
    const s = load();
    const { at } = meanEvaluator(s);
    const steps = ownSteps(s, 'reference');
    expect(steps.map((st) => st.id)).toEqual(['stevig-ouderschap', 'attachment-intervention']);
    const costs = steps.map((st) => stepCost(st, at, s.settings.horizonMonths));
    expect(costs[0]).toBeCloseTo((3000 * 6) / 14, 6);
    expect(costs[1]).toBeCloseTo((3000 * 8) / 14, 6);
    expect(costs[0]! + costs[1]!).toBeCloseTo(3000, 6);
  });

  it('indexes the 2022 unit costs to 2024 euros', () => {
    const s = load();
    const { param } = meanEvaluator(s);
    expect(param('ggz_contact_cost')).toBeCloseTo(137 * 1.073, 9);
    expect(param('psych_day_cost')).toBeCloseTo(327 * 1.073, 9);
    expect(param('productivity_cost_per_hour')).toBeCloseTo(39.88 * 1.073, 9);
  });

  it('lets the reference branches for the oldest child add up to 1', () => {
    const s = load();
    const b = s.paths.reference.branches;
    expect(b.map((x) => x.id)).toEqual(['trauma-later', 'trauma-unnoticed']);
    expect(b.reduce((a, x) => a + x.probability, 0)).toBeCloseTo(1, 12);
  });
});
