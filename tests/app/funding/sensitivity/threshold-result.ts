import type { ThresholdResult } from '../../../../src/lib/analysis/analysis-types';

/** A found threshold for the municipality within 3 years: below 23.12 in 100 families. */
export function thresholdResult(over: Partial<ThresholdResult> = {}): ThresholdResult {
  return {
    ref: 'parameters[1].value',
    target: { payerId: 'municipality-youth', byMonth: 36, discounted: true },
    status: 'found',
    value: 0.2312,
    breaksEvenWhen: 'below',
    atLower: 4000,
    atUpper: -9000,
    interval: { low: 0.1804, high: 0.2911, drawsWithValue: 17, draws: 20 },
    evaluations: 31,
    ...over,
  };
}
