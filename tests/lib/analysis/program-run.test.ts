import { describe, expect, it } from 'vitest';
import { simulateNested } from '../../../src/lib/analysis/nested-simulation';
import { ParameterDrawer, innerSeed } from '../../../src/lib/analysis/parameter-draws';
import { runProgram } from '../../../src/lib/analysis/program-run';
import { withValues } from '../../../src/lib/analysis/scenario-override';
import { Engine } from '../../../src/lib/sim/engine';
import { compileScenario } from '../../../src/lib/sim/program';
import { runInline } from '../../../src/lib/sim/run-inline';
import { N_MEASURES, N_PATHS } from '../../../src/lib/sim/run-layout';
import { scenario, step } from './fixtures';

/** Pilot: cost + extra once; reference: a crisis (probability p) costing 2 x cost. */
const s = scenario(
  {
    pilot: {
      steps: [
        step('a', { oneOffCost: { formula: 'cost' } }),
        step('b', { oneOffCost: { formula: 'extra' }, duration: { dist: 'uniform', min: 1, max: 6 } }),
      ],
    },
    reference: {
      events: [
        {
          id: 'crisis',
          label: 'Crisis',
          probability: { formula: 'p' },
          consequences: [step('care', { oneOffCost: { formula: 'double_cost' } })],
        },
      ],
    },
  },
  {
    parameters: [
      { id: 'cost', value: { dist: 'uniform', min: 100, max: 200 } },
      { id: 'double_cost', value: { formula: 'cost * 2' } },
      { id: 'extra', value: { dist: 'gamma', mean: 50, sd: 10 } },
      { id: 'p', value: { dist: 'beta', mean: 0.4, sd: 0.1 } },
    ],
    settings: { horizonMonths: 12 },
  },
);
const outputs = { monthly: true, bands: false };
const nParams = s.parameters.length;
const noneFixed = () => new Float64Array(nParams).fill(NaN);

describe('Engine.fixParameters and runProgram', () => {
  it('with nothing fixed give bit-identical results to runInline', () => {
    const program = compileScenario(s);
    const a = runInline(s, { iterations: 300, seed: 4, outputs });
    expect(runProgram(program, { iterations: 300, seed: 4, outputs }).totals).toEqual(a.totals);
    const b = runProgram(program, { iterations: 300, seed: 4, outputs, fixed: noneFixed() });
    expect(b.totals).toEqual(a.totals);
    expect(b.sums).toEqual(a.sums);
  });

  it('fix a parameter: formulas over it follow, the other parameters draw exactly as before', () => {
    const program = compileScenario(s);
    const fixed = noneFixed();
    fixed[0] = 150;
    const n = 200;
    const free = new Engine(program, outputs, 8);
    const held = new Engine(program, outputs, 8);
    held.fixParameters(fixed);
    for (let i = 0; i < n; i++) {
      const v = held.parameterValues(i);
      const w = free.parameterValues(i);
      expect(v[0]).toBe(150);
      expect(v[1]).toBe(300);
      // Parameter streams are keyed by id: extra and p keep their draws.
      expect(v[2]).toBe(w[2]);
      expect(v[3]).toBe(w[3]);
    }
    // Null draws everything again.
    held.fixParameters(null);
    expect(held.parameterValues(3)).toEqual(free.parameterValues(3));
  });

  it('give the same numbers as writing the values into the scenario and compiling it again', () => {
    const program = compileScenario(s);
    const drawer = new ParameterDrawer(s, 5, 0, program);
    for (const k of [0, 7]) {
      const values = drawer.values(k);
      const viaScenario = runInline(withValues(s, drawer.draw(k)), { iterations: 150, seed: 11, outputs });
      const viaEngine = runProgram(program, { iterations: 150, seed: 11, outputs, fixed: values });
      expect(viaEngine.totals).toEqual(viaScenario.totals);
      expect(viaEngine.sums).toEqual(viaScenario.sums);
    }
    // One parameter only, the rest drawn per family.
    const one = noneFixed();
    one[3] = 0.25;
    expect(runProgram(program, { iterations: 150, seed: 2, outputs, fixed: one }).totals).toEqual(
      runInline(withValues(s, { 'parameters[3].value': 0.25 }), { iterations: 150, seed: 2, outputs }).totals,
    );
  });

  it('refuse an array of the wrong length or an infinite value', () => {
    const engine = new Engine(compileScenario(s), outputs, 1);
    expect(() => engine.fixParameters(new Float64Array(2))).toThrow(/4 parameter values/);
    const bad = noneFixed();
    bad[2] = Infinity;
    expect(() => engine.fixParameters(bad)).toThrow(/extra/);
  });
});

describe('nested simulation compiled once', () => {
  it('gives bit-identical draws to compiling each draw into its own scenario', () => {
    const K = 4;
    const M = 120;
    const drawer = new ParameterDrawer(s, 9);
    const seen: number[][] = [];
    simulateNested(s, { outerDraws: K, innerFamilies: M, seed: 9 }, (k, d) => {
      const old = runInline(withValues(s, drawer.draw(k)), {
        iterations: M,
        seed: innerSeed(9, 0, k),
        outputs,
      });
      const diffs = Array.from(
        { length: M },
        (_, i) => old.totals[i * N_PATHS * N_MEASURES + N_MEASURES]! - old.totals[i * N_PATHS * N_MEASURES]!,
      );
      expect(Array.from(d.differences)).toEqual(diffs);
      seen.push(Array.from(d.differences));
    });
    expect(seen).toHaveLength(K);
  });
});
