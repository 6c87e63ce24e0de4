import type { CohortResult, CohortRow } from '../analysis/analysis-types';
import { column, type DataTable } from '../chart/data-table';
import type { Basis, BudgetYear } from './budget-rows';

/** A line of the budget table: a calendar year (0 = the total) for a payer (null = all payers). */
export interface BudgetTableRow extends BudgetYear {
  payerId: string | null;
}

const hasCosts = (r: CohortRow) => r.nominal.pilot.mean !== 0 || r.nominal.reference.mean !== 0;

/**
 * The payers with any cost in the cohort (on either path, in any year), in the result's order;
 * all of them when none has any.
 */
export function payersWithCosts(result: CohortResult): string[] {
  const paying = result.payerIds.filter((id) => result.totals.some((r) => r.payerId === id && hasCosts(r)));
  return paying.length ? paying : result.payerIds;
}

/**
 * The table per calendar year and payer, then the totals: for one payer its years and total;
 * for all payers (null) each year's sum followed by every payer with costs, and the same for the
 * totals.
 */
export function budgetTableRows(
  result: CohortResult,
  payerId: string | null,
  basis: Basis,
): BudgetTableRow[] {
  const payers = payerId === null ? [null, ...payersWithCosts(result)] : [payerId];
  const line = (r: CohortRow): BudgetTableRow => ({ year: r.year, payerId: r.payerId, ...r[basis] });
  const find = (rows: CohortRow[], year: number | null, p: string | null) =>
    rows.find((r) => r.payerId === p && (year === null || r.year === year));
  const out: BudgetTableRow[] = [];
  const years = [...new Set(result.rows.map((r) => r.year))].sort((a, b) => a - b);
  for (const year of years) {
    for (const p of payers) {
      const r = find(result.rows, year, p);
      if (r) out.push(line(r));
    }
  }
  for (const p of payers) {
    const r = find(result.totals, null, p);
    if (r) out.push(line({ ...r, year: 0 }));
  }
  return out;
}

/** The chart's numbers as a table (its "show as table" view and its CSV). */
export function budgetDataTable(years: readonly BudgetYear[]): DataTable {
  return {
    id: 'budget',
    columns: [
      column('year', 'integer'),
      column('pilotMean', 'euro'),
      column('pilotP5', 'euro'),
      column('pilotP95', 'euro'),
      column('referenceMean', 'euro'),
      column('referenceP5', 'euro'),
      column('referenceP95', 'euro'),
      column('difference', 'euro'),
      column('differenceP5', 'euro'),
      column('differenceP95', 'euro'),
    ],
    rows: years.map((y) => [
      y.year,
      y.pilot.mean,
      y.pilot.low,
      y.pilot.high,
      y.reference.mean,
      y.reference.low,
      y.reference.high,
      y.difference.mean,
      y.difference.low,
      y.difference.high,
    ]),
  };
}

/**
 * What the chart's one-sentence reading says: the year in which the pilot costs most extra and
 * the year in which it saves most (a difference under one euro either way is neither).
 */
export function budgetReading(years: readonly BudgetYear[]): {
  mostExtra: { year: number; amount: number } | null;
  mostSaved: { year: number; amount: number } | null;
} {
  let mostExtra: { year: number; amount: number } | null = null;
  let mostSaved: { year: number; amount: number } | null = null;
  for (const y of years) {
    const d = y.difference.mean;
    if (d <= -1 && (!mostExtra || -d > mostExtra.amount)) mostExtra = { year: y.year, amount: -d };
    if (d >= 1 && (!mostSaved || d > mostSaved.amount)) mostSaved = { year: y.year, amount: d };
  }
  return { mostExtra, mostSaved };
}
