import { describe, expect, it } from 'vitest';
import { BUDGET_LAYOUT, budgetGeometry } from '../../../src/lib/funding/budget-geometry';
import { budgetYears, type BudgetYear } from '../../../src/lib/funding/budget-rows';
import { cohortFixture } from './cohort-fixture';

const years = budgetYears(cohortFixture(), null, 'nominal');

describe('budgetGeometry', () => {
  it('puts the years left to right, each with a pilot bar left of its reference bar', () => {
    const g = budgetGeometry(years, 760);
    expect(g.years.map((y) => y.year)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (let k = 1; k < g.years.length; k++)
      expect(g.years[k]!.centre).toBeGreaterThan(g.years[k - 1]!.centre);
    for (const y of g.years) {
      expect(y.pilot.x + y.pilot.width).toBeLessThanOrEqual(y.reference.x);
      expect(y.pilot.x).toBeGreaterThanOrEqual(g.left);
      expect(y.reference.x + y.reference.width).toBeLessThanOrEqual(g.right + 0.1);
    }
  });

  it('makes bar heights proportional to the costs, standing on the zero line', () => {
    const g = budgetGeometry(years, 760);
    const [a, b] = [g.years[0]!, g.years[7]!];
    expect(a.pilot.y + a.pilot.height).toBeCloseTo(g.cost.zeroY, 1);
    const ratio = a.pilot.height / b.reference.height;
    expect(ratio).toBeCloseTo(years[0]!.pilot.mean / years[7]!.reference.mean, 2);
  });

  it('draws the difference up where the pilot saves and down where it costs more', () => {
    const g = budgetGeometry(years, 760);
    const first = g.years[0]!; // -80,000
    const last = g.years[7]!; // +165,000
    expect(first.difference.saves).toBe(false);
    expect(first.difference.y).toBeCloseTo(g.difference.zeroY, 1);
    expect(last.difference.saves).toBe(true);
    expect(last.difference.y + last.difference.height).toBeCloseTo(g.difference.zeroY, 1);
    expect(last.difference.height / first.difference.height).toBeCloseTo(165 / 80, 2);
    expect(g.difference.top).toBeGreaterThan(g.cost.bottom);
  });

  it('draws whiskers from the interval’s high to its low end, only with intervals', () => {
    const g = budgetGeometry(years, 760);
    const w = g.years[0]!.pilot.whisker!;
    const y = years[0]!;
    // pixels per euro from the bar
    const perEuro = g.years[0]!.pilot.height / y.pilot.mean;
    expect((w.y2 - w.y1) / perEuro).toBeCloseTo(y.pilot.high - y.pilot.low, -2);
    expect(w.y1).toBeLessThan(w.y2);
    const none = budgetGeometry(years, 760, false);
    expect(none.years.every((x) => x.pilot.whisker === null && x.difference.whisker === null)).toBe(true);
  });

  it('gives no whisker to an estimate without an interval', () => {
    const flat: BudgetYear[] = years.map((y) => ({
      ...y,
      pilot: { mean: y.pilot.mean, low: y.pilot.mean, high: y.pilot.mean },
    }));
    expect(budgetGeometry(flat, 760).years.every((x) => x.pilot.whisker === null)).toBe(true);
  });

  it('keeps the axes room and labels bars only when bands are wide enough', () => {
    expect(budgetGeometry(years, 1400).labelled).toBe(true);
    expect(budgetGeometry(years, 400).labelled).toBe(false);
    const g = budgetGeometry(years, 760);
    expect(g.height).toBe(
      BUDGET_LAYOUT.top +
        BUDGET_LAYOUT.costHeight +
        BUDGET_LAYOUT.gap +
        BUDGET_LAYOUT.differenceHeight +
        BUDGET_LAYOUT.bottom,
    );
    expect(g.cost.ticks.length).toBeGreaterThan(2);
    expect(g.difference.ticks.some((t) => t.value === 0)).toBe(true);
  });

  it('starts the cost axis at 0 unless a cost is clearly below it', () => {
    const tiny = years.map((y, k) => (k === 7 ? { ...y, pilot: { mean: -50, low: -80, high: 0 } } : y));
    expect(budgetGeometry(tiny, 760).cost.ticks[0]!.value).toBe(0);
    const refund = years.map((y, k) =>
      k === 7 ? { ...y, pilot: { mean: -100_000, low: -120_000, high: -80_000 } } : y,
    );
    expect(budgetGeometry(refund, 760).cost.ticks[0]!.value).toBeLessThan(0);
  });

  it('draws an all-zero year set around a zero line without failing', () => {
    const zero = budgetYears(cohortFixture(), 'family', 'nominal');
    const g = budgetGeometry(zero, 760);
    expect(g.years.every((y) => y.difference.height === 0 && Number.isFinite(y.difference.y))).toBe(true);
  });
});
