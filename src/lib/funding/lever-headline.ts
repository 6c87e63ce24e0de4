import type { LeverResult } from '../analysis/analysis-types';

/**
 * The expected difference per family (reference - pilot: above 0 the pilot saves) over the first
 * `months` months, for one payer (null: all payers together), as paid (`discountRate` null) or
 * discounted at an annual rate, from a lever run's expected monthly costs. So the levers'
 * headline follows the payer and the Amounts choice of the budget.
 *
 * Discounting is the engine's (`discountFactors` in sim/program.ts: start-of-month convention,
 * month t weighted (1 + rate)^(-t/12)), repeated here so the page does not load the engine for
 * it; a test checks that the discounted figure for all payers equals the run's own.
 */
export function leverDifference(
  result: LeverResult,
  months: number,
  payerId: string | null,
  discountRate: number | null,
): number {
  const m = result.monthly;
  const H = Math.min(Math.max(0, Math.floor(months)), m.horizon);
  const payers = payerId === null ? m.payerIds.map((_, q) => q) : [m.payerIds.indexOf(payerId)];
  const v = discountRate === null ? 1 : Math.pow(1 + discountRate, -1 / 12);
  let sum = 0;
  for (const q of payers) {
    if (q < 0) continue; // a payer this scenario does not have costs nothing here
    const pilot = m.pilot[q]!;
    const reference = m.reference[q]!;
    let df = 1;
    for (let t = 0; t < H; t++) {
      sum += (reference[t]! - pilot[t]!) * df;
      df *= v;
    }
  }
  return sum;
}
