import { describe, expect, it } from 'vitest';
import {
  budgetTotal,
  budgetYears,
  hasInterval,
  paybackYearOf,
  type BudgetYear,
} from '../../../src/lib/funding/budget-rows';
import { cohortFixture } from './cohort-fixture';

const year = (y: number, d: number): BudgetYear => ({
  year: y,
  pilot: { mean: 0, low: 0, high: 0 },
  reference: { mean: d, low: d, high: d },
  difference: { mean: d, low: d, high: d },
});

describe('budgetYears', () => {
  it('gives one payer’s calendar years in order, on the chosen basis', () => {
    const r = cohortFixture();
    const years = budgetYears(r, 'municipality-youth', 'nominal');
    expect(years.map((y) => y.year)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(years[0]!.pilot.mean).toBe(185_000);
    expect(years[0]!.reference.mean).toBe(110_000);
    const discounted = budgetYears(r, 'municipality-youth', 'discounted');
    expect(discounted[0]!.pilot.mean).toBeCloseTo(185_000 * 1.03 ** -0.5, 6);
  });

  it('gives all payers together for payer null', () => {
    const years = budgetYears(cohortFixture(), null, 'nominal');
    expect(years).toHaveLength(8);
    expect(years[0]!.difference.mean).toBe(-80_000);
  });
});

describe('budgetTotal', () => {
  it('is the totals row of the payer', () => {
    const r = cohortFixture();
    const total = budgetTotal(r, null, 'nominal')!;
    const years = budgetYears(r, null, 'nominal');
    expect(total.difference.mean).toBeCloseTo(
      years.reduce((s, y) => s + y.difference.mean, 0),
      6,
    );
    expect(budgetTotal(r, 'nobody', 'nominal')).toBeNull();
  });
});

describe('paybackYearOf', () => {
  it('agrees with the result’s own payback year for all payers, nominal', () => {
    const r = cohortFixture();
    expect(paybackYearOf(budgetYears(r, null, 'nominal'))).toBe(r.paybackYear);
  });

  it('is the first year from which the running total stays at or above 0', () => {
    expect(paybackYearOf([year(1, -10), year(2, 5), year(3, 5), year(4, 1)])).toBe(3);
    expect(paybackYearOf([year(1, 10), year(2, -20), year(3, 15)])).toBe(3);
    expect(paybackYearOf([year(1, 10), year(2, -5)])).toBe(1);
  });

  it('is null when the running total ends below 0, or without years', () => {
    expect(paybackYearOf([year(1, 10), year(2, -20)])).toBeNull();
    expect(paybackYearOf([])).toBeNull();
  });
});

describe('hasInterval', () => {
  it('tells an interval from an expected value alone', () => {
    expect(hasInterval({ mean: 1, low: 0, high: 2 })).toBe(true);
    expect(hasInterval({ mean: 1, low: 1, high: 1 })).toBe(false);
  });
});
