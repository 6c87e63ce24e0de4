import type { Scenario } from '../model/scenario';
import { Engine } from '../sim/engine';
import { compileScenario, type Program } from '../sim/program';
import { mix32, streamKeyOf } from '../sim/random';

/** Tags that keep the outer (parameter) and inner (family) seeds of an analysis apart. */
const OUTER_TAG = 0x4f555452; // "OUTR"
const INNER_TAG = 0x494e4e52; // "INNR"

/**
 * The seed of the outer parameter draws for an analysis run with `seed`:
 * mix32(mix32(seed XOR "OUTR") + stream). Outer draw k is then the engine's iteration k under
 * that seed, so draws are reproducible one by one, do not depend on how many draws are made,
 * and are not the parameter values of the inner families. The analyses use stream 0 for every
 * scenario: parameter streams are keyed by parameter id, so a parameter with the same id in two
 * scenarios of a mix gets the same value in each outer draw (one unknown average, drawn once).
 */
export function outerSeed(seed: number, stream = 0): number {
  return mix32(mix32((seed >>> 0) ^ OUTER_TAG) + stream) >>> 0;
}

/**
 * The seed of the inner families of outer draw `draw` in stream `stream` (a scenario's key in a
 * mix, `mixStreams`): mix32(mix32(mix32(seed XOR "INNR") + stream) + draw). Each draw gets its
 * own families, so the draw means are independent (what the nested-simulation formulas assume).
 */
export function innerSeed(seed: number, stream: number, draw: number): number {
  return mix32(mix32(mix32((seed >>> 0) ^ INNER_TAG) + stream) + draw) >>> 0;
}

/**
 * The inner-family streams of the scenarios of a mix: keyed by the scenario's id, so reordering
 * the mix changes nothing; the same id a second (third, ...) time gets a key of its own (its
 * families must not be the first one's again).
 */
export function mixStreams(scenarioIds: readonly string[]): number[] {
  const seen = new Map<string, number>();
  return scenarioIds.map((id) => {
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return streamKeyOf(n === 0 ? `scenario:${id}` : `scenario:${id}#${n}`);
  });
}

/** Outer draws of a scenario's parameters, compiled once. */
export class ParameterDrawer {
  private readonly engine: Engine;
  /** `parameters[i].value` for each parameter index i. */
  readonly refs: string[];
  /** True for parameters whose value is a formula (they follow the others). */
  readonly isFormula: boolean[];

  /** `program`: the scenario compiled already (it is only read, so runs may share it). */
  constructor(s: Scenario, seed: number, stream = 0, program: Program = compileScenario(s)) {
    this.engine = new Engine(program, { monthly: false, bands: false }, outerSeed(seed, stream));
    this.refs = s.parameters.map((_, i) => `parameters[${i}].value`);
    this.isFormula = s.parameters.map((p) => typeof p.value === 'object' && 'formula' in p.value);
  }

  /**
   * Outer draw k: every parameter's value in parameter index order (formula parameters too, so
   * the draw is jointly consistent); a fresh array, ready for `Engine.fixParameters`.
   */
  values(k: number): Float64Array {
    return this.engine.parameterValues(k);
  }

  /** Outer draw k as ref -> value. */
  draw(k: number): Map<string, number> {
    const v = this.values(k);
    return new Map(this.refs.map((ref, i) => [ref, v[i]!]));
  }
}

/** Outer draw k of all of a scenario's parameters (ref -> value) for an analysis with `seed`. */
export function drawParameters(s: Scenario, seed: number, k: number, stream = 0): Map<string, number> {
  return new ParameterDrawer(s, seed, stream).draw(k);
}
