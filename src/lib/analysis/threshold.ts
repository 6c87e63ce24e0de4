import type { Scenario } from '../model/scenario';
import { discountFactors } from '../sim/program';
import { runInline } from '../sim/run-inline';
import { quantileSorted } from '../sim/statistics';
import type { ProgressCallback, ThresholdOptions, ThresholdResult, ThresholdTarget } from './analysis-types';
import { bracketedRoot } from './bracketed-root';
import { ParameterDrawer } from './parameter-draws';
import { withValues } from './scenario-override';

/** Evaluations allowed per root search (the two ends included). */
export const MAX_EVALUATIONS_PER_SEARCH = 60;

/**
 * Expected cumulative difference per family (reference - pilot) up to `target.byMonth`
 * (exclusive, at most the horizon) for one payer or all, discounted at the scenario's rate or
 * not: from the run's monthly sums per path and payer (undiscounted), so it is exact for the
 * families simulated.
 */
export function targetDifference(
  s: Scenario,
  target: ThresholdTarget,
  iterations: number,
  seed: number,
  onProgress?: (done: number, total: number) => void,
): number {
  const data = runInline(s, { iterations, seed, outputs: { monthly: true, bands: false }, onProgress });
  const L = data.layout;
  const H = L.horizon;
  const payers =
    target.payerId === null
      ? s.payers.map((_, q) => q)
      : [s.payers.findIndex((p) => p.id === target.payerId)];
  if (payers[0] === -1) throw new Error(`unknown payer "${target.payerId}" in scenario "${s.id}"`);
  const until = Math.max(0, Math.min(H, Math.floor(target.byMonth)));
  const { DF } = discountFactors(s.settings.discountRate, H);
  let sum = 0;
  for (const q of payers) {
    const pilot = L.monthlyOffset + q * H;
    const reference = L.monthlyOffset + (L.nPayers + q) * H;
    for (let t = 0; t < until; t++) {
      const d = data.sums[reference + t]! - data.sums[pilot + t]!;
      sum += target.discounted ? d * DF[t]! : d;
    }
  }
  return sum / iterations;
}

/**
 * Threshold (break-even) analysis: the value of one input at which the expected cumulative
 * difference for the target changes sign. f(v) runs the scenario with the input set to v and
 * the same seed every time (common random numbers), so f is a deterministic function of v (a
 * step function for a probability, since each family's event happens when its fixed uniform
 * draw is below v: the root is then exact to within the step nearest to it, about one family in
 * `iterations`). Ends of the same sign: 'always' (>= 0 over the range) or 'never'.
 *
 * Interval: for each outer draw k, the other named parameters are fixed at draw k (formula
 * parameters keep their formulas, so they follow the draw and the input) and the search is
 * repeated; the 5th..95th percentile (type 7) of the roots found, with how many draws had one
 * (null when there are no outer draws or no draw had a root).
 */
export function threshold(
  s: Scenario,
  options: ThresholdOptions,
  onProgress?: ProgressCallback,
): ThresholdResult {
  const { ref, lower, upper, target, iterations, seed, outerDraws } = options;
  if (!(Number.isFinite(lower) && Number.isFinite(upper) && lower < upper))
    throw new RangeError(`the range must have lower < upper, not ${lower} .. ${upper}`);
  if (!(Number.isInteger(iterations) && iterations >= 1))
    throw new RangeError(`iterations must be a whole number >= 1, not ${iterations}`);
  if (!(Number.isInteger(outerDraws) && outerDraws >= 0))
    throw new RangeError(`outer draws must be a whole number >= 0, not ${outerDraws}`);
  withValues(s, { [ref]: lower }); // throws on an unknown ref before any work
  const tolerance = (upper - lower) * (options.tolerance ?? 1e-4);
  const expectedPerSearch = Math.min(
    MAX_EVALUATIONS_PER_SEARCH,
    4 + Math.ceil(Math.log2((upper - lower) / tolerance)),
  );
  let total = (1 + outerDraws) * expectedPerSearch * iterations;
  let evaluations = 0;

  const search = (base: Scenario) => {
    const f = (v: number) => {
      const before = evaluations * iterations;
      if (before + iterations > total) total = before + iterations;
      const y = targetDifference(
        withValues(base, { [ref]: v }),
        target,
        iterations,
        seed,
        onProgress ? (d) => onProgress(before + d, total) : undefined,
      );
      evaluations++;
      return y;
    };
    const atLower = f(lower);
    const atUpper = f(upper);
    if (atLower >= 0 === atUpper >= 0) return { atLower, atUpper, value: null };
    const r = bracketedRoot(f, lower, upper, atLower, atUpper, tolerance, MAX_EVALUATIONS_PER_SEARCH - 2);
    return { atLower, atUpper, value: r.value };
  };

  const main = search(s);
  let interval: ThresholdResult['interval'] = null;
  if (outerDraws > 0) {
    const drawer = new ParameterDrawer(s, seed);
    const roots: number[] = [];
    for (let k = 0; k < outerDraws; k++) {
      const draw = drawer.draw(k);
      const fixed = new Map<string, number>();
      drawer.refs.forEach((r, i) => {
        if (!drawer.isFormula[i] && r !== ref) fixed.set(r, draw.get(r)!);
      });
      const found = search(withValues(s, fixed)).value;
      if (found !== null) roots.push(found);
    }
    if (roots.length > 0) {
      const sorted = Float64Array.from(roots).sort();
      interval = {
        low: quantileSorted(sorted, 0.05),
        high: quantileSorted(sorted, 0.95),
        drawsWithValue: roots.length,
        draws: outerDraws,
      };
    }
  }
  onProgress?.(evaluations * iterations, evaluations * iterations);
  const status = main.value !== null ? 'found' : main.atLower >= 0 ? 'always' : 'never';
  return {
    ref,
    target,
    status,
    value: main.value,
    breaksEvenWhen: main.value === null ? null : main.atLower >= 0 ? 'below' : 'above',
    atLower: main.atLower,
    atUpper: main.atUpper,
    interval,
    evaluations,
  };
}
