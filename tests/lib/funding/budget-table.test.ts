import { describe, expect, it } from 'vitest';
import { budgetYears } from '../../../src/lib/funding/budget-rows';
import {
  budgetDataTable,
  budgetReading,
  budgetTableRows,
  payersWithCosts,
} from '../../../src/lib/funding/budget-table';
import { cohortFixture } from './cohort-fixture';

describe('budgetTableRows', () => {
  it('for one payer: its 8 years, then its total as year 0', () => {
    const r = cohortFixture();
    const rows = budgetTableRows(r, 'health-insurer', 'nominal');
    expect(rows.map((x) => x.year)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 0]);
    expect(rows.every((x) => x.payerId === 'health-insurer')).toBe(true);
    const total = r.totals.find((t) => t.payerId === 'health-insurer')!;
    expect(rows[8]!.difference).toEqual(total.nominal.difference);
  });

  it('for all payers: per year the sum and then each payer with costs, and the totals likewise', () => {
    const r = cohortFixture();
    const rows = budgetTableRows(r, null, 'discounted');
    // the family pays nothing on either path: left out
    expect(rows.slice(0, 3).map((x) => [x.year, x.payerId])).toEqual([
      [1, null],
      [1, 'municipality-youth'],
      [1, 'health-insurer'],
    ]);
    expect(rows).toHaveLength(9 * 3);
    const last = rows[rows.length - 1]!;
    expect([last.year, last.payerId]).toEqual([0, 'health-insurer']);
    expect(rows[0]!.pilot).toEqual(r.rows.find((x) => x.year === 1 && x.payerId === null)!.discounted.pilot);
  });
});

describe('payersWithCosts', () => {
  it('leaves out payers with no cost on either path', () => {
    expect(payersWithCosts(cohortFixture())).toEqual(['municipality-youth', 'health-insurer']);
  });
});

describe('budgetDataTable', () => {
  it('has a row per year with means and interval ends in the column order', () => {
    const years = budgetYears(cohortFixture(), null, 'nominal');
    const t = budgetDataTable(years);
    expect(t.columns.map((c) => c.key)).toEqual([
      'year',
      'pilotMean',
      'pilotP5',
      'pilotP95',
      'referenceMean',
      'referenceP5',
      'referenceP95',
      'difference',
      'differenceP5',
      'differenceP95',
    ]);
    expect(t.rows).toHaveLength(8);
    const y = years[2]!;
    expect(t.rows[2]).toEqual([
      3,
      y.pilot.mean,
      y.pilot.low,
      y.pilot.high,
      y.reference.mean,
      y.reference.low,
      y.reference.high,
      y.difference.mean,
      y.difference.low,
      y.difference.high,
    ]);
  });
});

describe('budgetReading', () => {
  it('finds the year of the largest extra cost and of the largest saving', () => {
    const years = budgetYears(cohortFixture(), null, 'nominal');
    expect(budgetReading(years)).toEqual({
      mostExtra: { year: 1, amount: 80_000 },
      mostSaved: { year: 8, amount: 165_000 },
    });
  });

  it('says neither when no year differs by a euro', () => {
    const years = budgetYears(cohortFixture(), 'family', 'nominal');
    expect(budgetReading(years)).toEqual({ mostExtra: null, mostSaved: null });
  });
});
