import type { Scenario } from '../model/scenario';
import { Engine } from '../sim/engine';
import { compileScenario } from '../sim/program';
import { mix32 } from '../sim/random';

/** Tags that keep the outer (parameter) and inner (family) seeds of an analysis apart. */
const OUTER_TAG = 0x4f555452; // "OUTR"
const INNER_TAG = 0x494e4e52; // "INNR"

/**
 * The seed of the outer parameter draws of stream `stream` (the scenario's place in a mix) for
 * an analysis run with `seed`: mix32(mix32(seed XOR "OUTR") + stream). Outer draw k is then the
 * engine's iteration k under that seed, so draws are reproducible one by one, do not depend on
 * how many draws are made, and are not the parameter values of the inner families.
 */
export function outerSeed(seed: number, stream = 0): number {
  return mix32(mix32((seed >>> 0) ^ OUTER_TAG) + stream) >>> 0;
}

/**
 * The seed of the inner families of outer draw `draw` in stream `stream`:
 * mix32(mix32(mix32(seed XOR "INNR") + stream) + draw). Each draw gets its own families, so
 * the draw means are independent (what the nested-simulation formulas assume).
 */
export function innerSeed(seed: number, stream: number, draw: number): number {
  return mix32(mix32(mix32((seed >>> 0) ^ INNER_TAG) + stream) + draw) >>> 0;
}

/** Outer draws of a scenario's parameters, compiled once. */
export class ParameterDrawer {
  private readonly engine: Engine;
  /** `parameters[i].value` for each parameter index i. */
  readonly refs: string[];
  /** True for parameters whose value is a formula (they follow the others). */
  readonly isFormula: boolean[];

  constructor(s: Scenario, seed: number, stream = 0) {
    this.engine = new Engine(compileScenario(s), { monthly: false, bands: false }, outerSeed(seed, stream));
    this.refs = s.parameters.map((_, i) => `parameters[${i}].value`);
    this.isFormula = s.parameters.map((p) => typeof p.value === 'object' && 'formula' in p.value);
  }

  /** Outer draw k: every parameter's value (formula parameters too, so the draw is jointly consistent). */
  draw(k: number): Map<string, number> {
    const v = this.engine.parameterValues(k);
    return new Map(this.refs.map((ref, i) => [ref, v[i]!]));
  }
}

/** Outer draw k of all of a scenario's parameters (ref -> value) for an analysis with `seed`. */
export function drawParameters(s: Scenario, seed: number, k: number, stream = 0): Map<string, number> {
  return new ParameterDrawer(s, seed, stream).draw(k);
}
