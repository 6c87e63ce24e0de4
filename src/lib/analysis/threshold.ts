import { describeDistribution } from '../model/distribution-facts';
import { isDistribution } from '../model/quantity';
import { quantityFields } from '../model/quantity-fields';
import type { Scenario } from '../model/scenario';
import { SimulationError } from '../sim/engine';
import { compileScenario, discountFactors, type Program } from '../sim/program';
import type { RunData } from '../sim/run-accumulator';
import { runInline } from '../sim/run-inline';
import type { ProgressCallback, ThresholdOptions, ThresholdResult, ThresholdTarget } from './analysis-types';
import { bracketedRoot } from './bracketed-root';
import { MIN_RELIABLE_OUTER_DRAWS, checkOuterDraws } from './nested-simulation';
import { ParameterDrawer } from './parameter-draws';
import { runProgram } from './program-run';
import { withValues } from './scenario-override';

/** Evaluations allowed per root search (the scan and the two ends included). */
export const MAX_EVALUATIONS_PER_SEARCH = 60;

/**
 * Points of the coarse scan over the range before the root search (the two ends included):
 * 8 equal steps, so a second crossing more than an eighth of the range away from the first is
 * seen (`multipleCrossings`), and the root search starts in a bracket 8 times narrower.
 */
export const SCAN_POINTS = 9;

/**
 * Times a range end is moved halfway towards the input's model value when the scenario cannot be
 * simulated there (a probability pushed outside 0..1 through a formula): after 8 halvings the
 * end is within 1/256 of its distance from the model value; if it still fails, the threshold
 * fails with a clear error.
 */
export const MAX_END_HALVINGS = 8;

/** Which payers (indices) and months a target sums over. */
interface TargetSum {
  payers: number[];
  until: number;
  /** Discount factors when the target is discounted, else null. */
  DF: Float64Array | null;
}

function targetSumOf(s: Scenario, target: ThresholdTarget): TargetSum {
  const H = s.settings.horizonMonths;
  let payers: number[];
  if (target.payerId === null) payers = s.payers.map((_, q) => q);
  else {
    const q = s.payers.findIndex((p) => p.id === target.payerId);
    if (q === -1) throw new Error(`unknown payer "${target.payerId}" in scenario "${s.id}"`);
    payers = [q];
  }
  const until = Math.max(0, Math.min(H, Math.floor(target.byMonth)));
  const DF = target.discounted ? discountFactors(s.settings.discountRate, H).DF : null;
  return { payers, until, DF };
}

/** Mean cumulative difference per family (reference - pilot) from a run's monthly sums. */
function differenceOf(data: RunData, t: TargetSum): number {
  const L = data.layout;
  const H = L.horizon;
  let sum = 0;
  for (const q of t.payers) {
    const pilot = L.monthlyOffset + q * H;
    const reference = L.monthlyOffset + (L.nPayers + q) * H;
    for (let m = 0; m < t.until; m++) {
      const d = data.sums[reference + m]! - data.sums[pilot + m]!;
      sum += t.DF ? d * t.DF[m]! : d;
    }
  }
  return sum / data.iterations;
}

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
  const t = targetSumOf(s, target);
  const data = runInline(s, { iterations, seed, outputs: { monthly: true, bands: false }, onProgress });
  return differenceOf(data, t);
}

/** The input's own value in the scenario: a number, a distribution's mean; NaN for a formula. */
function modelValueOf(s: Scenario, ref: string): number {
  const q = quantityFields(s).find((f) => f.path === ref)?.quantity;
  if (typeof q === 'number') return q;
  if (q !== undefined && isDistribution(q)) {
    const d = describeDistribution(q);
    if (d.ok) return d.facts.mean;
  }
  return Number.NaN;
}

/** Where the threshold of one search lies: a value, or beyond one end of the range. */
interface Search {
  lower: number;
  upper: number;
  atLower: number;
  atUpper: number;
  value: number | null;
  breaksEvenWhen: 'below' | 'above' | null;
  multipleCrossings: boolean;
  capped: boolean;
}

/**
 * Type 7 quantile of sorted values that may hold -Infinity / +Infinity (draws whose threshold
 * lies beyond an end of the range): between a finite value and an infinite one the quantile is
 * beyond the range on that side.
 */
function censoredQuantile(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  const pos = p * (n - 1);
  const i = Math.floor(pos);
  const f = pos - i;
  const a = sorted[i]!;
  if (f === 0 || i + 1 >= n) return a;
  const b = sorted[i + 1]!;
  if (a === b) return a;
  if (a === -Infinity && b === Infinity) return p < 0.5 ? a : b;
  if (a === -Infinity) return a;
  if (b === Infinity) return b;
  return a * (1 - f) + b * f;
}

/**
 * Threshold (break-even) analysis: the value of one input at which the expected cumulative
 * difference for the target changes sign. f(v) runs the scenario with the input set to v and
 * the same seed every time (common random numbers), so f is a deterministic function of v (a
 * step function for a probability, since each family's event happens when its fixed uniform
 * draw is below v: the root is then exact to within the step nearest to it, about one family in
 * `iterations`).
 *
 * Search: a coarse scan of `SCAN_POINTS` equally spaced values (ends included), then a root
 * search (`bracketedRoot`) between the first two neighbouring scan points whose values lie on
 * different sides of zero, counted from the lower end. More than one change of side in the scan
 * sets `multipleCrossings` (the answer is then the crossing nearest the lower end, and
 * `breaksEvenWhen` holds only up to the next one). No change of side: 'always' (>= 0 over the
 * range) or 'never'. The scenario is compiled once for a parameter input (its value is fixed in
 * the engine, `Engine.fixParameters`) and once per evaluation for a step or event field.
 *
 * Range ends the scenario cannot be simulated at (a `SimulationError`, e.g. a probability
 * formula pushed outside 0..1) are moved halfway towards the input's model value (its number or
 * mean; the middle of the range for a formula) up to `MAX_END_HALVINGS` times; the range
 * searched is then in `searchedRange`. If that does not help the threshold fails with an Error.
 *
 * Interval: for each outer draw k, the other named parameters are fixed at draw k (formula
 * parameters keep their formulas, so they follow the draw and the input) and the search is
 * repeated. Draws without a crossing are kept as censored values beyond the range on the side
 * `breaksEvenWhen` puts them ('below': a draw that always breaks even has its threshold above
 * the upper end, one that never does below the lower end; 'above' the other way round; when the
 * main search found no crossing, the draw's own direction from its ends decides, and a flat draw
 * counts as 'below'). The 5th..95th percentile (type 7) is taken over all draws; an end beyond
 * the range is reported as the range end with `lowBeyondRange` / `highBeyondRange`.
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
  checkOuterDraws(outerDraws);
  const share = options.tolerance ?? 1e-4;
  if (!(Number.isFinite(share) && share > 0 && share < 1))
    throw new RangeError(`the tolerance must be a share of the range above 0 and below 1, not ${share}`);
  if (!(Number.isFinite(target.byMonth) && target.byMonth >= 1))
    throw new RangeError(`the target month must be at least 1, not ${target.byMonth}`);
  withValues(s, { [ref]: lower }); // throws on an unknown ref before any work
  const sum = targetSumOf(s, target); // throws on an unknown payer
  const byMonthClamped = target.byMonth > s.settings.horizonMonths;

  const tolerance = (upper - lower) * share;
  const paramMatch = /^parameters\[(\d+)\]\.value$/.exec(ref);
  const paramIndex = paramMatch ? Number(paramMatch[1]) : -1;
  const program: Program = compileScenario(s);
  const expectedPerSearch = Math.min(
    MAX_EVALUATIONS_PER_SEARCH,
    SCAN_POINTS + 2 + Math.ceil(Math.log2((upper - lower) / (SCAN_POINTS - 1) / tolerance)),
  );
  let total = (1 + outerDraws) * expectedPerSearch * iterations;
  let evaluations = 0;
  const outputs = { monthly: true, bands: false };

  /** f(v) with the other parameters fixed at `fixed` (NaN = drawn per family), or all drawn. */
  const evaluate = (v: number, fixed: Float64Array | null): number => {
    const before = evaluations * iterations;
    if (before + iterations > total) total = before + iterations;
    const progress = onProgress ? (d: number) => onProgress(before + d, total) : undefined;
    let data: RunData;
    if (paramIndex >= 0) {
      const f = fixed ? Float64Array.from(fixed) : new Float64Array(program.parameters.ids.length).fill(NaN);
      f[paramIndex] = v;
      data = runProgram(program, { iterations, seed, outputs, fixed: f, onProgress: progress });
    } else {
      data = runProgram(compileScenario(withValues(s, { [ref]: v })), {
        iterations,
        seed,
        outputs,
        fixed,
        onProgress: progress,
      });
    }
    evaluations++;
    return differenceOf(data, sum);
  };

  const model = modelValueOf(s, ref);
  const anchor = Number.isFinite(model) && model > lower && model < upper ? model : (lower + upper) / 2;
  /** Evaluate at a range end, moving it towards the anchor while the scenario cannot be simulated there. */
  const atEnd = (end: number, fixed: Float64Array | null): { x: number; y: number } => {
    let x = end;
    for (let halvings = 0; ; halvings++) {
      try {
        return { x, y: evaluate(x, fixed) };
      } catch (e) {
        if (!(e instanceof SimulationError)) throw e;
        if (halvings >= MAX_END_HALVINGS)
          throw new Error(
            `the scenario cannot be simulated with "${ref}" = ${x} (${e.message}); ` +
              `choose a range closer to its own value`,
          );
        x = anchor + (x - anchor) / 2;
      }
    }
  };

  const search = (lo: number, hi: number, fixed: Float64Array | null): Search => {
    const a = atEnd(lo, fixed);
    const b = atEnd(hi, fixed);
    const xs = Array.from({ length: SCAN_POINTS }, (_, i) =>
      i === 0 ? a.x : i === SCAN_POINTS - 1 ? b.x : a.x + ((b.x - a.x) * i) / (SCAN_POINTS - 1),
    );
    const ys = xs.map((x, i) => (i === 0 ? a.y : i === SCAN_POINTS - 1 ? b.y : evaluate(x, fixed)));
    let first = -1;
    let crossings = 0;
    for (let i = 0; i + 1 < SCAN_POINTS; i++) {
      if (ys[i]! >= 0 !== ys[i + 1]! >= 0) {
        crossings++;
        if (first < 0) first = i;
      }
    }
    const common = { lower: a.x, upper: b.x, atLower: a.y, atUpper: b.y };
    if (first < 0)
      return { ...common, value: null, breaksEvenWhen: null, multipleCrossings: false, capped: false };
    const r = bracketedRoot(
      (x) => evaluate(x, fixed),
      xs[first]!,
      xs[first + 1]!,
      ys[first]!,
      ys[first + 1]!,
      tolerance,
      MAX_EVALUATIONS_PER_SEARCH - SCAN_POINTS,
    );
    return {
      ...common,
      value: r.value,
      breaksEvenWhen: a.y >= 0 ? 'below' : 'above',
      multipleCrossings: crossings > 1,
      capped: r.capped,
    };
  };

  const main = search(lower, upper, null);
  let interval: ThresholdResult['interval'] = null;
  if (outerDraws > 0) {
    const drawer = new ParameterDrawer(s, seed, 0, program);
    const values = new Float64Array(outerDraws);
    let found = 0;
    for (let k = 0; k < outerDraws; k++) {
      const fixed = drawer.values(k);
      drawer.isFormula.forEach((formula, i) => {
        if (formula || i === paramIndex) fixed[i] = NaN;
      });
      const d = search(main.lower, main.upper, fixed);
      if (d.value !== null) {
        values[k] = d.value;
        found++;
        continue;
      }
      // Censored: which side of the range the threshold lies beyond.
      const below = main.breaksEvenWhen !== null ? main.breaksEvenWhen === 'below' : !(d.atUpper > d.atLower);
      const always = d.atLower >= 0;
      values[k] = always === below ? Infinity : -Infinity;
    }
    const sorted = values.sort();
    const place = (q: number) => (q === -Infinity ? main.lower : q === Infinity ? main.upper : q);
    const low = censoredQuantile(sorted, 0.05);
    const high = censoredQuantile(sorted, 0.95);
    interval = {
      low: place(low),
      high: place(high),
      drawsWithValue: found,
      draws: outerDraws,
      lowBeyondRange: !Number.isFinite(low),
      highBeyondRange: !Number.isFinite(high),
    };
  }
  onProgress?.(evaluations * iterations, evaluations * iterations);
  const status = main.value !== null ? 'found' : main.atLower >= 0 ? 'always' : 'never';
  const shrunk = main.lower !== lower || main.upper !== upper;
  return {
    ref,
    target,
    status,
    value: main.value,
    breaksEvenWhen: main.breaksEvenWhen,
    atLower: main.atLower,
    atUpper: main.atUpper,
    interval,
    evaluations,
    intervalReliable: outerDraws >= MIN_RELIABLE_OUTER_DRAWS,
    multipleCrossings: main.multipleCrossings,
    capped: main.capped,
    byMonthClamped,
    ...(shrunk ? { searchedRange: { lower: main.lower, upper: main.upper } } : {}),
  };
}
