import type { Scenario } from '../model/scenario';
import { runInline } from '../sim/run-inline';
import { N_MEASURES, N_PATHS } from '../sim/run-layout';
import { ParameterDrawer, innerSeed } from './parameter-draws';
import { withValues } from './scenario-override';

export interface NestedOptions {
  /** Outer parameter draws; 0 = one plain run in which each family draws its own parameters (as the app does). */
  outerDraws: number;
  /** Simulated families per outer draw (or in the plain run). */
  innerFamilies: number;
  seed: number;
  /** The scenario's place in a mix: scenarios in a mix get independent draws and families. */
  stream?: number;
  /** Discount rate for the per-family discounted totals (default: the scenario's own). */
  discountRate?: number;
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
 * is run for `innerFamilies` families. The inner families of each draw have their own seed
 * (`innerSeed`), so the draw means are independent and the variance between them is the
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
  if (!(Number.isInteger(o.outerDraws) && o.outerDraws >= 0))
    throw new RangeError(`outer draws must be a whole number >= 0, not ${o.outerDraws}`);
  if (!(Number.isInteger(o.innerFamilies) && o.innerFamilies >= 1))
    throw new RangeError(`families per draw must be a whole number >= 1, not ${o.innerFamilies}`);
  const stream = o.stream ?? 0;
  const base = o.discountRate === undefined ? s : withDiscountRate(s, o.discountRate);
  const M = o.innerFamilies;
  const K = o.outerDraws;
  const total = nestedWork(o);
  const drawer = K > 0 ? new ParameterDrawer(base, o.seed, stream) : null;
  const outputs = { monthly: true, bands: false };
  const H = base.settings.horizonMonths;
  for (let k = 0; k < Math.max(1, K); k++) {
    const scenario = drawer ? withValues(base, drawer.draw(k)) : base;
    const seed = drawer || stream > 0 ? innerSeed(o.seed, stream, k) : o.seed;
    const done = k * M;
    const data = runInline(scenario, {
      iterations: M,
      seed,
      outputs,
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
