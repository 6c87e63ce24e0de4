import type { CohortResult } from '../analysis/analysis-types';

/**
 * What a cohort result's 90 % intervals are worth: `none` without draws of the averages (expected
 * values only), `rough` when the library flags them (fewer than 20 draws: the 5th and 95th
 * percentile are hardly more than the extremes), else `reliable`. A result made before the flag
 * existed counts as reliable when it has draws, as it was then shown.
 */
export type IntervalQuality = 'none' | 'rough' | 'reliable';

export function intervalQuality(result: Pick<CohortResult, 'spec' | 'intervalReliable'>): IntervalQuality {
  if (result.spec.outerDraws === 0) return 'none';
  return result.intervalReliable === false ? 'rough' : 'reliable';
}
