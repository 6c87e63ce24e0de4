import { MIN_RELIABLE_OUTER_DRAWS } from './analysis-limits';
import type { Scenario } from '../model/scenario';
import { compileScenario } from '../sim/program';
import { N_MEASURES, N_PATHS } from '../sim/run-layout';
import { ParameterDrawer, innerSeed } from './parameter-draws';
import { runProgram } from './program-run';

export interface NestedOptions {
  /**
   * Outer parameter draws: 0 = one plain run in which each family draws its own parameters (as
   * the app does, expected values only), else at least 2 (`checkNestedSizes`).
   */
  outerDraws: number;
  /** Simulated families per outer draw (at least 2 with outer draws), or in the plain run. */
  innerFamilies: number;
  seed: number;
  /**
   * Keys the inner families (a scenario's key in a mix, `mixStreams`). The outer draws do not
   * depend on it: every scenario gets the same outer draws, so a parameter id shared by two
   * scenarios has one value per draw. Absent: the plain run (0 outer draws) uses `seed` itself,
   * exactly as the app's run with that seed; with outer draws the families use stream 0.
   */
  stream?: number;
  /** Discount rate for the per-family discounted totals (default: the scenario's own). */
  discountRate?: number;
}

/**
 * Below this many outer draws the 90 % interval is flagged unreliable: with K draws the 5th
 * percentile (type 7) lies at position 0.05 (K - 1) among the sorted draws, so below K = 21 it
 * falls between the smallest and the next draw and the interval is little more than the range
 * of a handful of random draws. 20 is the rule of thumb used here (an assumption, 2026).
 */
export { MIN_RELIABLE_OUTER_DRAWS };

/**
 * Refuses a number of outer draws that would give a misleading interval: one draw would be
 * reported as a certain mean with a zero-width interval.
 */
export function checkOuterDraws(outerDraws: number): void {
  if (!(Number.isInteger(outerDraws) && outerDraws >= 0))
    throw new RangeError(`outer draws must be a whole number >= 0, not ${outerDraws}`);
  if (outerDraws === 1)
    throw new RangeError(
      'the interval needs 0 (expected values only) or at least 2 outer draws, not 1 ' +
        `(at least ${MIN_RELIABLE_OUTER_DRAWS} for a reliable interval)`,
    );
}

/**
 * Refuses sizes that would give a misleading answer: one outer draw (`checkOuterDraws`), and one
 * family per draw, which leaves no way to tell inner Monte Carlo noise from parameter
 * uncertainty (its inner variance is 0, so the inner-noise share would read as the best case).
 */
export function checkNestedSizes(outerDraws: number, innerFamilies: number): void {
  checkOuterDraws(outerDraws);
  if (!(Number.isInteger(innerFamilies) && innerFamilies >= 1))
    throw new RangeError(`families per draw must be a whole number >= 1, not ${innerFamilies}`);
  if (outerDraws > 0 && innerFamilies < 2)
    throw new RangeError(
      'with outer draws each draw needs at least 2 simulated families (to tell the inner ' +
        `Monte Carlo noise from the parameter uncertainty), not ${innerFamilies}`,
    );
}

/** One outer draw: what its `innerFamilies` families cost on average, and each family's difference. */
export interface DrawResult {
  /** Expected undiscounted cost per family in each month: index ((path * nPayers) + payer) * horizon + month. */
  monthly: Float64Array;
  /** Each family's difference (reference - pilot), discounted over the horizon. */
  differences: Float64Array;
  /** Mean and sample variance (n - 1) of `differences`. */
  meanDifference: number;
  varianceDifference: number;
}

export interface NestedShape {
  payerIds: string[];
  horizon: number;
  draws: number;
  families: number;
}

/** Total simulated families of a nested run (the unit of progress). */
export function nestedWork(o: Pick<NestedOptions, 'outerDraws' | 'innerFamilies'>): number {
  return Math.max(1, o.outerDraws) * o.innerFamilies;
}

/**
 * Nested simulation (ISPOR-SMDM, Briggs et al. 2012; O'Hagan, Stevenson & Madan 2007): for each
 * outer draw k of the named parameters (`ParameterDrawer`), the scenario with those values fixed
 * is run for `innerFamilies` families. The scenario is compiled once; each draw fixes the
 * parameters in the engine (`Engine.fixParameters`), which gives the same numbers as running
 * the scenario with the draw written into it. The inner families of each draw have their own
 * seed (`innerSeed`), so the draw means are independent and the variance between them is the
 * parameter variance plus the inner variance / innerFamilies (what `innerNoiseShare` and the
 * MCSE assume). Inline distributions on step and event fields stay family-level variation.
 * `visit` gets each draw in order; its arrays are fresh and may be kept.
 */
export function simulateNested(
  s: Scenario,
  o: NestedOptions,
  visit: (k: number, draw: DrawResult) => void,
  onProgress?: (done: number, total: number) => void,
): NestedShape {
  checkNestedSizes(o.outerDraws, o.innerFamilies);
  const base = o.discountRate === undefined ? s : withDiscountRate(s, o.discountRate);
  const M = o.innerFamilies;
  const K = o.outerDraws;
  const total = nestedWork(o);
  const program = compileScenario(base);
  const drawer = K > 0 ? new ParameterDrawer(base, o.seed, 0, program) : null;
  const outputs = { monthly: true, bands: false };
  const H = base.settings.horizonMonths;
  for (let k = 0; k < Math.max(1, K); k++) {
    const seed = drawer || o.stream !== undefined ? innerSeed(o.seed, o.stream ?? 0, k) : o.seed;
    const done = k * M;
    const data = runProgram(program, {
      iterations: M,
      seed,
      outputs,
      fixed: drawer ? drawer.values(k) : null,
      onProgress: onProgress ? (d) => onProgress(done + d, total) : undefined,
    });
    const L = data.layout;
    const monthly = new Float64Array(N_PATHS * L.nPayers * H);
    for (let i = 0; i < monthly.length; i++) monthly[i] = data.sums[L.monthlyOffset + i]! / M;
    const differences = new Float64Array(M);
    let mean = 0;
    for (let i = 0; i < M; i++) {
      const t = i * N_PATHS * N_MEASURES;
      differences[i] = data.totals[t + N_MEASURES]! - data.totals[t]!;
      mean += differences[i]!;
    }
    mean /= M;
    let m2 = 0;
    for (let i = 0; i < M; i++) m2 += (differences[i]! - mean) ** 2;
    visit(k, { monthly, differences, meanDifference: mean, varianceDifference: M > 1 ? m2 / (M - 1) : 0 });
  }
  return { payerIds: base.payers.map((p) => p.id), horizon: H, draws: K, families: M };
}

function withDiscountRate(s: Scenario, rate: number): Scenario {
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`discount rate must lie in 0..1, not ${rate}`);
  return { ...s, settings: { ...s.settings, discountRate: rate } };
}
