import type { Scenario } from '../model/scenario';
import { runInline } from '../sim/run-inline';
import { N_MEASURES, N_PATHS } from '../sim/run-layout';

/** Measure columns in RunData totals (run-layout MEASURES). */
const HORIZON = 0;
const SHORT_TERM = 2;

/**
 * Expected difference per family (reference - pilot, discounted at the scenario's rate) at the
 * short-term cut-off and at the horizon: the mean over `iterations` simulated families with
 * `seed` (the same seed for every call gives common random numbers).
 */
export function expectedDifference(
  s: Scenario,
  iterations: number,
  seed: number,
  onProgress?: (done: number, total: number) => void,
): { shortTerm: number; horizon: number } {
  const data = runInline(s, { iterations, seed, outputs: { monthly: false, bands: false }, onProgress });
  let st = 0;
  let h = 0;
  for (let i = 0; i < iterations; i++) {
    const t = i * N_PATHS * N_MEASURES;
    h += data.totals[t + N_MEASURES + HORIZON]! - data.totals[t + HORIZON]!;
    st += data.totals[t + N_MEASURES + SHORT_TERM]! - data.totals[t + SHORT_TERM]!;
  }
  return { shortTerm: st / iterations, horizon: h / iterations };
}
