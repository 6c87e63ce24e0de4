import type { RunData } from '../sim/run-accumulator';
import { MEASURES, N_MEASURES, N_PATHS } from '../sim/run-layout';

/**
 * Which simulated family present mode tells about first: a typical one, whose difference between
 * the paths (reference minus pilot, discounted over the horizon) is the one closest to the median
 * of all families. The first such family when several are as close (families with the same
 * outcomes are common where little is uncertain).
 */
export function typicalIteration(data: RunData): number {
  return indexNearestMedian(horizonDifferences(data));
}

/** Reference minus pilot per iteration, discounted over the horizon (above zero the pilot saves). */
export function horizonDifferences(data: RunData): Float64Array {
  const m = MEASURES.indexOf('horizon');
  const stride = N_PATHS * N_MEASURES;
  const out = new Float64Array(data.iterations);
  for (let i = 0; i < data.iterations; i++)
    out[i] = data.totals[i * stride + N_MEASURES + m]! - data.totals[i * stride + m]!;
  return out;
}

/** The index of the value closest to the median (the mean of the middle two for an even count); 0 when empty. */
export function indexNearestMedian(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  let best = 0;
  for (let i = 1; i < n; i++) if (Math.abs(values[i]! - median) < Math.abs(values[best]! - median)) best = i;
  return best;
}
