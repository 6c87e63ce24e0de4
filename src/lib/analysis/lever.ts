import type { Scenario } from '../model/scenario';
import { runInline } from '../sim/run-inline';
import { summarizeRun } from '../sim/summarize';
import type { LeverOptions, LeverResult, ProgressCallback } from './analysis-types';
import { withValues } from './scenario-override';
import { familyEstimate } from './variants';

/**
 * A live lever: the scenario with some inputs set to new numbers, run once (monthly sums on,
 * bands off). Per family, discounted: expected costs and difference with the spread between
 * families; and the expected undiscounted cost per month, path and payer.
 */
export function leverRun(s: Scenario, options: LeverOptions, onProgress?: ProgressCallback): LeverResult {
  const { iterations, seed } = options;
  if (!(Number.isInteger(iterations) && iterations >= 1))
    throw new RangeError(`iterations must be a whole number >= 1, not ${iterations}`);
  const scenario = withValues(s, options.values);
  const data = runInline(scenario, {
    iterations,
    seed,
    outputs: { monthly: true, bands: false },
    onProgress,
  });
  const r = summarizeRun(scenario, data, seed);
  const L = data.layout;
  const H = L.horizon;
  const path = (p: number) =>
    scenario.payers.map((_, q) => {
      const off = L.monthlyOffset + (p * L.nPayers + q) * H;
      return Array.from(data.sums.subarray(off, off + H), (x) => x / iterations);
    });
  return {
    pilot: familyEstimate(r.measures.horizon.pilot),
    reference: familyEstimate(r.measures.horizon.reference),
    difference: familyEstimate(r.measures.horizon.difference),
    shortTermDifference: familyEstimate(r.measures.shortTerm.difference),
    pPilotCheaper: r.measures.horizon.pPilotCheaper,
    monthly: { payerIds: scenario.payers.map((p) => p.id), horizon: H, pilot: path(0), reference: path(1) },
  };
}
