import type { CohortResult, CohortRow, Estimate } from '../analysis/analysis-types';

/** Budget figures as they are (0 %) or discounted to the start of year 1. */
export type Basis = 'nominal' | 'discounted';

/** One calendar year (or the total, year 0) for one payer or all, on one basis. */
export interface BudgetYear {
  year: number;
  pilot: Estimate;
  reference: Estimate;
  /** reference - pilot: positive when the pilot saves. */
  difference: Estimate;
}

const pick = (r: CohortRow, basis: Basis): BudgetYear => ({ year: r.year, ...r[basis] });

/** The calendar years for one payer (null: all payers together), in order. */
export function budgetYears(result: CohortResult, payerId: string | null, basis: Basis): BudgetYear[] {
  return result.rows
    .filter((r) => r.payerId === payerId)
    .map((r) => pick(r, basis))
    .sort((a, b) => a.year - b.year);
}

/** The total over all calendar years for one payer (null: all), or null when the result has none. */
export function budgetTotal(result: CohortResult, payerId: string | null, basis: Basis): BudgetYear | null {
  const row = result.totals.find((r) => r.payerId === payerId);
  return row ? pick(row, basis) : null;
}

/**
 * The first year from which the cumulative expected difference stays at or above 0 to the last
 * year (the pilot has paid back and stays paid back); null when it is below 0 at the end. The
 * same rule as CohortResult.paybackYear, for any payer and basis.
 */
export function paybackYearOf(years: readonly BudgetYear[]): number | null {
  let cumulative = 0;
  let from: number | null = null;
  for (const y of years) {
    cumulative += y.difference.mean;
    if (cumulative >= 0) from ??= y.year;
    else from = null;
  }
  return from;
}

/** Whether an estimate carries an interval (outer draws) or is an expected value only. */
export function hasInterval(e: Estimate): boolean {
  return e.low !== e.high;
}
