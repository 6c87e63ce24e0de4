import { quantileSorted } from '../sim/statistics';
import type { Estimate } from './analysis-types';

/**
 * Mean and 90 % interval of a sample: the 5th and 95th percentiles by type 7 (linear between
 * order statistics, as R and numpy by default; `quantileSorted`). One value: low = high = mean.
 */
export function estimateOf(values: ArrayLike<number>): Estimate {
  const n = values.length;
  if (n === 0) throw new RangeError('no values');
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i]!;
  mean /= n;
  if (n === 1) return { mean, low: mean, high: mean };
  const sorted = Float64Array.from(values).sort();
  return { mean, low: quantileSorted(sorted, 0.05), high: quantileSorted(sorted, 0.95) };
}

/** A point estimate without an interval. */
export function pointEstimate(mean: number): Estimate {
  return { mean, low: mean, high: mean };
}

/**
 * The p-quantile of weighted values: type 7 (as `quantileSorted`) generalised to weights. Each
 * sorted value sits at the middle of its share of the total weight, the positions stretched so
 * that the smallest value is at 0 and the largest at 1, and p is interpolated linearly between
 * neighbouring positions. With equal weights value i sits at i / (n - 1): exactly type 7, so
 * one scenario and a mix use the same definition. Values with weight 0 are left out; equal
 * values are ordered by weight, so the order the values come in does not matter.
 */
export function weightedQuantile(values: ArrayLike<number>, weights: ArrayLike<number>, p: number): number {
  return weightedQuantiles(values, weights, [p])[0]!;
}

/** Several weighted quantiles (`weightedQuantile`) with one sort. */
export function weightedQuantiles(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  ps: readonly number[],
): number[] {
  for (const p of ps) if (!(p >= 0 && p <= 1)) throw new RangeError(`p must lie in 0..1, not ${p}`);
  const order = Array.from({ length: values.length }, (_, i) => i)
    .filter((i) => weights[i]! > 0)
    // Ties by weight, so the result does not depend on the order the values come in.
    .sort((a, b) => values[a]! - values[b]! || weights[a]! - weights[b]!);
  const n = order.length;
  if (n === 0) throw new RangeError('no values with a weight above 0');
  const x = Float64Array.from(order, (i) => values[i]!);
  if (n === 1) return ps.map(() => x[0]!);
  const w = Float64Array.from(order, (i) => weights[i]!);
  let total = 0;
  for (let j = 0; j < n; j++) total += w[j]!;
  const first = w[0]! / 2;
  const span = total - first - w[n - 1]! / 2;
  // Position of each value on 0..1: the middle of its weight, the ends at 0 and 1.
  const pos = new Float64Array(n);
  let before = 0;
  for (let j = 0; j < n; j++) {
    pos[j] = j === n - 1 ? 1 : j === 0 ? 0 : (before + w[j]! / 2 - first) / span;
    before += w[j]!;
  }
  return ps.map((p) => {
    let lo = 0; // the last position <= p (binary search)
    let hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (pos[mid]! <= p) lo = mid;
      else hi = mid;
    }
    if (p <= pos[lo]!) return x[lo]!;
    const h = (p - pos[lo]!) / (pos[hi]! - pos[lo]!);
    return x[lo]! + h * (x[hi]! - x[lo]!);
  });
}

/** Sample variance (n - 1); 0 for fewer than two values. */
export function sampleVariance(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i]!;
  mean /= n;
  let m2 = 0;
  for (let i = 0; i < n; i++) m2 += (values[i]! - mean) ** 2;
  return m2 / (n - 1);
}
