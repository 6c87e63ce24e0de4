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
 * The p-quantile of weighted values: the smallest value whose cumulative weight share reaches p
 * (the inverse of the weighted empirical distribution function).
 */
export function weightedQuantile(values: ArrayLike<number>, weights: ArrayLike<number>, p: number): number {
  const n = values.length;
  if (n === 0) throw new RangeError('no values');
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i]!;
  const target = p * total;
  let cum = 0;
  for (const i of order) {
    cum += weights[i]!;
    if (cum >= target - 1e-12 * total) return values[i]!;
  }
  return values[order[n - 1]!]!;
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
