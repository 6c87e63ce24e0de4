import type { SampleStats } from '../sim/statistics';
import { runInline } from '../sim/run-inline';
import { summarizeRun } from '../sim/summarize';
import type { Estimate, ProgressCallback, VariantEntry, VariantRow, VariantsResult } from './analysis-types';

/** Mean with the spread between families (5th..95th percentile). */
export function familyEstimate(s: SampleStats): Estimate {
  return { mean: s.mean, low: s.p5, high: s.p95 };
}

/**
 * Variants side by side: each scenario run with the same iterations and seed (common random
 * numbers for items with the same id), per family and discounted over its horizon.
 */
export function compareVariants(
  variants: VariantEntry[],
  iterations: number,
  seed: number,
  onProgress?: ProgressCallback,
): VariantsResult {
  if (!(Number.isInteger(iterations) && iterations >= 1))
    throw new RangeError(`iterations must be a whole number >= 1, not ${iterations}`);
  const total = variants.length * iterations;
  const rows: VariantRow[] = variants.map((v, j) => {
    const data = runInline(v.scenario, {
      iterations,
      seed,
      outputs: { monthly: false, bands: false },
      onProgress: onProgress ? (d) => onProgress(j * iterations + d, total) : undefined,
    });
    const r = summarizeRun(v.scenario, data, seed);
    const h = r.measures.horizon;
    return {
      name: v.name,
      scenarioId: v.scenario.id,
      pilot: familyEstimate(h.pilot),
      reference: familyEstimate(h.reference),
      difference: familyEstimate(h.difference),
      shortTermDifference: familyEstimate(r.measures.shortTerm.difference),
      mcse: h.difference.mcse,
      pPilotCheaper: h.pPilotCheaper,
      breakEvenMonth: r.breakEven.p50,
      horizonMonths: r.settings.horizonMonths,
    };
  });
  return { rows, iterations, seed };
}
