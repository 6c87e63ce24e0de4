import type { RunSummary } from '../sim/summarize';
import { outOfTen, type OutOfTen } from './out-of-ten';

/** A mean with its 90 % interval (5th to 95th percentile over simulated futures). */
export interface Estimate {
  mean: number;
  low: number;
  high: number;
}

/** When the pilot's extra cost is earned back, over all simulated futures. */
export type BreakEven =
  /** In fewer than half of the futures: "not within the horizon". */
  | { kind: 'notWithinHorizon'; share: number; shareOutOfTen: OutOfTen }
  /** Median month; `high` is null when the 95th percentile is beyond the horizon. */
  | {
      kind: 'month';
      median: number;
      low: number;
      high: number | null;
      share: number;
      shareOutOfTen: OutOfTen;
    };

/** The numbers a headline says in words; the UI puts them into sentences per language. */
export interface Headline {
  horizonMonths: number;
  shortTermMonths: number;
  discountRate: number;
  priceYear: number;
  pilot: Estimate;
  reference: Estimate;
  /** Reference minus pilot: positive means the pilot saves money. */
  saving: Estimate;
  /** Monte Carlo standard error of the mean saving. */
  savingMcse: number;
  /** Undiscounted means, for the "nominal" reader. */
  undiscounted: { pilot: number; reference: number; saving: number };
  cheaperShortTerm: OutOfTen;
  cheaperHorizon: OutOfTen;
  breakEven: BreakEven;
  seed: number;
  iterations: number;
  engineVersion: string;
  scenarioHash: string;
}

const estimate = (s: { mean: number; p5: number; p95: number }): Estimate => ({
  mean: s.mean,
  low: s.p5,
  high: s.p95,
});

/** What the headline cards say, from a run's summary (discounted costs over the horizon). */
export function headlineOf(summary: RunSummary): Headline {
  const h = summary.measures.horizon;
  const u = summary.measures.horizonUndiscounted;
  const be = summary.breakEven;
  return {
    horizonMonths: summary.settings.horizonMonths,
    shortTermMonths: summary.settings.shortTermMonths,
    discountRate: summary.settings.discountRate,
    priceYear: summary.settings.priceYear,
    pilot: estimate(h.pilot),
    reference: estimate(h.reference),
    saving: estimate(h.difference),
    savingMcse: h.difference.mcse,
    undiscounted: { pilot: u.pilot.mean, reference: u.reference.mean, saving: u.difference.mean },
    cheaperShortTerm: outOfTen(summary.measures.shortTerm.pPilotCheaper),
    cheaperHorizon: outOfTen(h.pPilotCheaper),
    breakEven:
      be.p50 === null || be.p5 === null
        ? { kind: 'notWithinHorizon', share: be.share, shareOutOfTen: outOfTen(be.share) }
        : {
            kind: 'month',
            median: be.p50,
            low: be.p5,
            high: be.p95,
            share: be.share,
            shareOutOfTen: outOfTen(be.share),
          },
    seed: summary.reproducibility.seed,
    iterations: summary.reproducibility.iterations,
    engineVersion: summary.reproducibility.engineVersion,
    scenarioHash: summary.reproducibility.scenarioHash,
  };
}
