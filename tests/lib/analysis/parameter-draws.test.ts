import { describe, expect, it } from 'vitest';
import {
  ParameterDrawer,
  drawParameters,
  innerSeed,
  outerSeed,
} from '../../../src/lib/analysis/parameter-draws';
import { Engine } from '../../../src/lib/sim/engine';
import { compileScenario } from '../../../src/lib/sim/program';
import { scenario, step } from './fixtures';

const s = scenario(
  { pilot: { steps: [step('a', { oneOffCost: { formula: 'cost' } })] } },
  {
    parameters: [
      { id: 'cost', value: { dist: 'uniform', min: 100, max: 200 } },
      { id: 'double_cost', value: { formula: 'cost * 2' } },
      { id: 'fixed', value: 7 },
    ],
  },
);

describe('outer parameter draws', () => {
  it('gives every parameter, formulas consistent with the draw', () => {
    const d = drawParameters(s, 42, 3);
    expect([...d.keys()]).toEqual(['parameters[0].value', 'parameters[1].value', 'parameters[2].value']);
    expect(d.get('parameters[1].value')).toBe(2 * d.get('parameters[0].value')!);
    expect(d.get('parameters[2].value')).toBe(7);
  });

  it('is reproducible draw by draw and differs between draws, seeds and streams', () => {
    const a = drawParameters(s, 42, 3).get('parameters[0].value');
    expect(new ParameterDrawer(s, 42).draw(3).get('parameters[0].value')).toBe(a);
    expect(drawParameters(s, 42, 4).get('parameters[0].value')).not.toBe(a);
    expect(drawParameters(s, 43, 3).get('parameters[0].value')).not.toBe(a);
    expect(drawParameters(s, 42, 3, 1).get('parameters[0].value')).not.toBe(a);
    expect(outerSeed(42)).not.toBe(42);
    expect(innerSeed(42, 0, 0)).not.toBe(innerSeed(42, 0, 1));
  });

  it('draws from the parameter distribution (uniform 100..200: mean 150, sd 28.87)', () => {
    const drawer = new ParameterDrawer(s, 1);
    const n = 4000;
    let sum = 0;
    for (let k = 0; k < n; k++) sum += drawer.draw(k).get('parameters[0].value')!;
    // MCSE = 28.87 / sqrt(4000) = 0.456; 4 MCSE.
    expect(Math.abs(sum / n - 150)).toBeLessThan(4 * 0.456);
  });

  it('Engine.parameterValues returns what iteration k draws and changes no later result', () => {
    const program = compileScenario(s);
    const outputs = { monthly: false, bands: false };
    const plain = new Engine(program, outputs, 9).runChunk(0, 0, 50);
    const engine = new Engine(program, outputs, 9);
    const v = engine.parameterValues(5);
    const after = engine.runChunk(0, 0, 50);
    expect(after.totals).toEqual(plain.totals);
    // The pilot's one-off cost in iteration 5 is the parameter value drawn for iteration 5.
    expect(plain.totals[5 * 8 + 1]).toBe(v[0]);
  });
});
