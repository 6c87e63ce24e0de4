import { describe, expect, it } from 'vitest';
import type { CohortRow, CohortSpec } from '../../../src/lib/analysis/analysis-types';
import { cohortBudget, paybackYearOf } from '../../../src/lib/analysis/cohort-budget';
import { addCohortYears, entryPattern } from '../../../src/lib/analysis/cohort-calendar';
import type { Scenario } from '../../../src/lib/model/scenario';
import { weightedQuantile } from '../../../src/lib/analysis/estimate';
import { innerSeed, mixStreams } from '../../../src/lib/analysis/parameter-draws';
import { runInline } from '../../../src/lib/sim/run-inline';
import { quantileSorted } from '../../../src/lib/sim/statistics';
import { run } from '../../helpers/scenario';
import { scenario, step } from './fixtures';

/** Pilot: 1000 once in month 0 (municipality); reference: 100 a month for 24 months (insurer). */
function deterministic(pilotOneOff = 1000, settings: Record<string, unknown> = {}): Scenario {
  return scenario(
    {
      pilot: { steps: [step('team', { oneOffCost: pilotOneOff })] },
      reference: { steps: [step('ggz', { monthlyCost: 100, duration: 24, payer: 'health-insurer' })] },
    },
    { settings: { horizonMonths: 36, ...settings } },
  );
}

function specOf(mix: Array<[Scenario, number]>, o: Partial<CohortSpec> = {}): CohortSpec {
  return {
    familiesPerYear: 10,
    years: 2,
    mix: mix.map(([scenario, weight], i) => ({ name: `s${i}`, scenario, weight })),
    entry: 'start',
    outerDraws: 0,
    innerFamilies: 20,
    seed: 1,
    ...o,
  };
}

const allPayers = (rows: CohortRow[]) => rows.filter((r) => r.payerId === null);
const payer = (rows: CohortRow[], id: string) => rows.filter((r) => r.payerId === id);

describe('cohort budget', () => {
  it('puts each cost in its calendar year (families entering at the start of each year)', () => {
    const r = cohortBudget(specOf([[deterministic(), 1]]));
    expect(r.calendarYears).toBe(2 + 3);
    expect(r.payerIds.slice(0, 3)).toEqual(['municipality-youth', 'municipality-wmo', 'health-insurer']);
    const all = allPayers(r.rows);
    expect(all.map((x) => x.year)).toEqual([1, 2, 3, 4, 5]);
    // Pilot: 10 x 1000 in each entry year. Reference: 1200 a year per family for two years.
    expect(all.map((x) => x.nominal.pilot.mean)).toEqual([10_000, 10_000, 0, 0, 0]);
    expect(all.map((x) => x.nominal.reference.mean)).toEqual([12_000, 24_000, 12_000, 0, 0]);
    expect(all.map((x) => x.nominal.difference.mean)).toEqual([2000, 14_000, 12_000, 0, 0]);
    expect(payer(r.rows, 'health-insurer').map((x) => x.nominal.reference.mean)).toEqual([
      12_000, 24_000, 12_000, 0, 0,
    ]);
    expect(payer(r.rows, 'health-insurer').map((x) => x.nominal.pilot.mean)).toEqual([0, 0, 0, 0, 0]);
    expect(payer(r.rows, 'municipality-youth').map((x) => x.nominal.pilot.mean)).toEqual([
      10_000, 10_000, 0, 0, 0,
    ]);
    // Per payer rows add up to the all-payers row, in every year.
    for (const y of [1, 2, 3]) {
      const sum = r.rows
        .filter((x) => x.year === y && x.payerId !== null)
        .reduce((a, x) => a + x.nominal.difference.mean, 0);
      expect(sum).toBeCloseTo(all[y - 1]!.nominal.difference.mean, 9);
    }
    expect(r.totals.at(-1)).toMatchObject({ year: 0, payerId: null });
    expect(r.totals.at(-1)!.nominal.reference.mean).toBe(48_000);
  });

  it('spreads entries evenly over the months of the year', () => {
    // 12 families, one entering in each month: reference year 1 = 100 x (12 + 11 + ... + 1) = 7800,
    // year 2 = 12 x 1200 = 14,400, year 3 = 100 x (0 + 1 + ... + 11) = 6600.
    const r = cohortBudget(
      specOf([[deterministic(), 1]], { familiesPerYear: 12, years: 1, entry: 'spread' }),
    );
    const ref = allPayers(r.rows).map((x) => x.nominal.reference.mean);
    expect(ref[0]).toBeCloseTo(7800, 9);
    expect(ref[1]).toBeCloseTo(14_400, 9);
    expect(ref[2]).toBeCloseTo(6600, 9);
    expect(ref[3]).toBe(0);
    expect(allPayers(r.rows)[0]!.nominal.pilot.mean).toBeCloseTo(12_000, 9);
  });

  it('discounts by calendar month from the start of year 1', () => {
    const rate = 0.03;
    const r = cohortBudget(specOf([[deterministic(), 1]], { discountRate: rate, familiesPerYear: 1 }));
    expect(r.spec.discountRate).toBe(rate);
    // By hand: calendar cost per month, then (1 + r)^(-T/12).
    const cal = new Float64Array(60);
    for (const start of [0, 12]) for (let t = 0; t < 24; t++) cal[start + t] += 100;
    const year = (y: number) => {
      let v = 0;
      for (let T = 12 * y; T < 12 * y + 12; T++) v += cal[T]! * Math.pow(1 + rate, -T / 12);
      return v;
    };
    const ref = allPayers(r.rows).map((x) => x.discounted.reference.mean);
    for (let y = 0; y < 5; y++) expect(ref[y]).toBeCloseTo(year(y), 8);
    const pilot = allPayers(r.rows).map((x) => x.discounted.pilot.mean);
    expect(pilot[1]).toBeCloseTo(1000 / 1.03, 9);
    // Nominal stays undiscounted.
    expect(allPayers(r.rows)[1]!.nominal.pilot.mean).toBe(1000);
  });

  it('defaults to the first scenario discount rate', () => {
    const s = deterministic(1000, { discountRate: 0.0225, discountPreset: 'mkba-2021' });
    const r = cohortBudget(specOf([[s, 1]], { familiesPerYear: 1, years: 1 }));
    expect(r.spec.discountRate).toBe(0.0225);
    expect(allPayers(r.rows)[1]!.discounted.reference.mean).toBeCloseTo(
      Array.from({ length: 12 }, (_, t) => 100 * Math.pow(1.0225, -(12 + t) / 12)).reduce((a, b) => a + b),
      8,
    );
  });

  it('combines a mix by its weights (normalised)', () => {
    const r = cohortBudget(
      specOf([
        [deterministic(1000), 1],
        [deterministic(3000), 1],
      ]),
    );
    expect(allPayers(r.rows)[0]!.nominal.pilot.mean).toBeCloseTo(10 * 2000, 9);
    const r2 = cohortBudget(
      specOf([
        [deterministic(1000), 3],
        [deterministic(3000), 1],
      ]),
    );
    expect(allPayers(r2.rows)[0]!.nominal.pilot.mean).toBeCloseTo(10 * 1500, 9);
    expect(r2.spec.mix.map((m) => m.weight)).toEqual([0.75, 0.25]);
  });

  it('takes the union of the payers of a mix', () => {
    const other = scenario(
      { pilot: { steps: [step('x', { oneOffCost: 10, payer: 'school' })] } },
      { payers: [{ id: 'school', label: { nl: 'School', en: 'School' } }], settings: { horizonMonths: 12 } },
    );
    const r = cohortBudget(
      specOf([
        [deterministic(), 1],
        [other, 1],
      ]),
    );
    expect(r.payerIds.at(-1)).toBe('school');
    expect(r.payerNames['school']).toEqual({ nl: 'School', en: 'School' });
    expect(payer(r.rows, 'school')[0]!.nominal.pilot.mean).toBeCloseTo(10 * 0.5 * 10, 9);
    expect(r.calendarYears).toBe(2 + 3);
  });

  it('finds the payback year of the cumulative nominal difference', () => {
    // Per family: pilot 5000 in month 0, reference 200 a month for 60 months. 10 families, one
    // entry year: difference per year -26,000, +24,000, +24,000, ... -> cumulative >= 0 in year 3.
    const s = scenario(
      {
        pilot: { steps: [step('team', { oneOffCost: 5000 })] },
        reference: { steps: [step('care', { monthlyCost: 200, duration: 60 })] },
      },
      { settings: { horizonMonths: 60 } },
    );
    const r = cohortBudget(specOf([[s, 1]], { years: 1 }));
    expect(allPayers(r.rows).map((x) => x.nominal.difference.mean)).toEqual([
      -26_000, 24_000, 24_000, 24_000, 24_000, 0,
    ]);
    expect(r.paybackYear).toBe(3);
    expect(paybackYearOf([-1, 2, -5, 1])).toBeNull();
    expect(paybackYearOf([1, -0.5, 3])).toBe(1);
    expect(paybackYearOf([-1, 0.5, 0.5, -0.1, 1])).toBe(5);
  });

  it('gives totals of years x N x the per-family mean (within Monte Carlo error)', () => {
    const s = scenario(
      {
        pilot: {
          steps: [
            step('team', {
              monthlyCost: { formula: 'team' },
              duration: { dist: 'uniform', min: 6, max: 18 },
            }),
          ],
        },
        reference: {
          events: [
            {
              id: 'ots',
              label: 'OTS',
              probability: { formula: 'p_ots' },
              onset: { dist: 'uniform', min: 0, max: 24 },
              duration: 12,
              consequences: [step('guardian', { monthlyCost: 1500 })],
            },
          ],
        },
      },
      {
        parameters: [
          { id: 'team', value: { dist: 'gamma', mean: 800, sd: 200 } },
          { id: 'p_ots', value: { dist: 'beta', mean: 0.4, sd: 0.1 } },
        ],
        settings: { horizonMonths: 48 },
      },
    );
    const N = 40;
    const years = 3;
    const plain = run(s, 20_000, 3);
    const perFamily = plain.measures.horizonUndiscounted.difference;
    const r = cohortBudget(
      specOf([[s, 1]], {
        familiesPerYear: N,
        years,
        outerDraws: 150,
        innerFamilies: 100,
        entry: 'spread',
        seed: 8,
      }),
    );
    const total = r.totals.at(-1)!.nominal.difference;
    // Undiscounted scenario, so the per-family MCSE applies to the nominal difference.
    const se = Math.hypot(r.perFamily.mcse, perFamily.mcse);
    expect(Math.abs(total.mean - years * N * perFamily.mean)).toBeLessThan(4 * years * N * se);
    // Analytic mean per family: 0.4 x 1500 x 12 - 800 x 12 = -2400.
    expect(Math.abs(total.mean - years * N * -2400)).toBeLessThan(4 * years * N * r.perFamily.mcse);
    // The interval of the budget is that of the mean (x N x years), not that of single families.
    // SD of a draw's mean: parameters sqrt((12 x 200)^2 + (18,000 x 0.1)^2) = 3000; inner noise
    // sqrt(Var(one family) / 100) = about 900 (one family: OTS 18,000 x Bernoulli(p), SD about
    // 8600; team x duration, SD about 2900): SD 3130, 90 % width 2 x 1.645 x 3130 = 10,300 per
    // family. Quantile noise of the width with 150 draws: about 8 %; allowed 30 %. The spread
    // between single families would be about 3 times wider.
    const width = (total.high - total.low) / (years * N);
    expect(Math.abs(width / 10_300 - 1)).toBeLessThan(0.3);
    expect(r.perFamily.familySpread.high - r.perFamily.familySpread.low).toBeGreaterThan(2 * width);
  });

  it('without outer draws equals years x N x the plain run with the same seed', () => {
    const s = scenario(
      {
        pilot: { steps: [step('team', { oneOffCost: { dist: 'uniform', min: 0, max: 2000 } })] },
        reference: { steps: [step('care', { oneOffCost: { formula: 'k' }, probability: 0.3 })] },
      },
      {
        parameters: [{ id: 'k', value: { dist: 'gamma', mean: 5000, sd: 1000 } }],
        settings: { horizonMonths: 12 },
      },
    );
    const r = cohortBudget(specOf([[s, 1]], { familiesPerYear: 7, years: 3, innerFamilies: 500, seed: 21 }));
    const plain = run(s, 500, 21);
    const total = r.totals.at(-1)!;
    expect(total.nominal.difference.mean).toBeCloseTo(
      21 * plain.measures.horizonUndiscounted.difference.mean,
      6,
    );
    expect(total.nominal.pilot.mean).toBeCloseTo(21 * plain.measures.horizonUndiscounted.pilot.mean, 6);
    expect(r.perFamily.familySpread.low).toBeCloseTo(plain.measures.horizon.difference.p5, 6);
    expect(r.perFamily.familySpread.high).toBeCloseTo(plain.measures.horizon.difference.p95, 6);
  });

  it('reports progress in simulated families up to the total', () => {
    const seen: Array<[number, number]> = [];
    cohortBudget(
      specOf(
        [
          [deterministic(), 1],
          [deterministic(2000), 1],
        ],
        { outerDraws: 3, innerFamilies: 10 },
      ),
      (d, t) => seen.push([d, t]),
    );
    expect(seen.at(-1)).toEqual([60, 60]);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
  });

  it('refuses a spec that makes no sense', () => {
    const s = deterministic();
    expect(() => cohortBudget(specOf([[s, 1]], { years: 0 }))).toThrow(RangeError);
    expect(() => cohortBudget(specOf([[s, 1]], { familiesPerYear: 0 }))).toThrow(RangeError);
    expect(() => cohortBudget(specOf([[s, 0]]))).toThrow(RangeError);
    expect(() => cohortBudget(specOf([]))).toThrow(RangeError);
  });

  it('refuses one outer draw and one family per draw, which would read as certainty', () => {
    const s = deterministic();
    expect(() => cohortBudget(specOf([[s, 1]], { outerDraws: 1 }))).toThrow(
      /needs 0 \(expected values only\) or at least 2 outer draws/,
    );
    expect(() => cohortBudget(specOf([[s, 1]], { outerDraws: 5, innerFamilies: 1 }))).toThrow(
      /at least 2 simulated families/,
    );
    // Without outer draws one family is allowed (a plain run).
    expect(cohortBudget(specOf([[s, 1]], { outerDraws: 0, innerFamilies: 1 })).rows.length).toBeGreaterThan(
      0,
    );
  });

  it('flags an interval from fewer than 20 outer draws as unreliable', () => {
    const s = deterministic();
    expect(cohortBudget(specOf([[s, 1]], { outerDraws: 0 })).intervalReliable).toBe(false);
    expect(cohortBudget(specOf([[s, 1]], { outerDraws: 19, innerFamilies: 2 })).intervalReliable).toBe(false);
    expect(cohortBudget(specOf([[s, 1]], { outerDraws: 20, innerFamilies: 2 })).intervalReliable).toBe(true);
  });
});

/** Pilot: cost c once (a parameter, c ~ normal(5000, 500)) plus `extra` once; reference: 6000 once. */
function onlyParameterUncertainty(id: string, extra: number): Scenario {
  return scenario(
    {
      pilot: {
        steps: [step('team', { oneOffCost: { formula: 'c' } }), step('extra', { oneOffCost: extra })],
      },
      reference: { steps: [step('care', { oneOffCost: 6000 })] },
    },
    {
      id,
      parameters: [{ id: 'c', value: { dist: 'normal', mean: 5000, sd: 500 } }],
      settings: { horizonMonths: 12 },
    },
  );
}

describe('cohort budget of a mix', () => {
  const draws = { outerDraws: 60, innerFamilies: 5, seed: 3 };

  it('gives the same scenario twice at 50/50 the same interval as once', () => {
    // Every family's difference is 6000 - c: the draw means are exactly 6000 - c_k. Drawing c
    // again for the second copy would narrow the interval by about 1 / sqrt(2).
    const a = onlyParameterUncertainty('a', 0);
    const once = cohortBudget(specOf([[a, 1]], draws)).perFamily.meanDifference;
    const twice = cohortBudget(
      specOf(
        [
          [a, 1],
          [a, 1],
        ],
        draws,
      ),
    ).perFamily.meanDifference;
    expect(once.high - once.low).toBeGreaterThan(1000);
    expect(twice.low).toBeCloseTo(once.low, 6);
    expect(twice.high).toBeCloseTo(once.high, 6);
  });

  it('draws a parameter id shared by two scenarios once per outer draw', () => {
    // Scenario b costs 1000 more: the 50/50 mix is 6000 - c_k - 500 in draw k, so its interval is
    // that of a alone moved by 500, as wide.
    const a = onlyParameterUncertainty('a', 0);
    const b = onlyParameterUncertainty('b', 1000);
    const alone = cohortBudget(specOf([[a, 1]], draws)).perFamily.meanDifference;
    const mix = cohortBudget(
      specOf(
        [
          [a, 1],
          [b, 1],
        ],
        draws,
      ),
    ).perFamily.meanDifference;
    expect(mix.low).toBeCloseTo(alone.low - 500, 6);
    expect(mix.high).toBeCloseTo(alone.high - 500, 6);
    expect(mix.mean).toBeCloseTo(alone.mean - 500, 6);
  });

  it('gives the same result whatever the order of the mix', () => {
    const a = scenario(
      {
        pilot: { steps: [step('team', { oneOffCost: { dist: 'uniform', min: 0, max: 4000 } })] },
        reference: { steps: [step('care', { oneOffCost: { formula: 'k' }, probability: 0.4 })] },
      },
      {
        id: 'a',
        parameters: [{ id: 'k', value: { dist: 'gamma', mean: 5000, sd: 1000 } }],
        settings: { horizonMonths: 24 },
      },
    );
    const b = scenario(
      {
        reference: {
          steps: [step('ggz', { monthlyCost: { dist: 'uniform', min: 50, max: 150 }, duration: 12 })],
        },
      },
      { id: 'b', settings: { horizonMonths: 12 } },
    );
    for (const outerDraws of [0, 4]) {
      const o = { outerDraws, innerFamilies: 40, seed: 12 };
      const ab = cohortBudget(
        specOf(
          [
            [a, 0.3],
            [b, 0.7],
          ],
          o,
        ),
      );
      const ba = cohortBudget(
        specOf(
          [
            [b, 0.7],
            [a, 0.3],
          ],
          o,
        ),
      );
      const close = (x: number, y: number) => expect(Math.abs(x - y)).toBeLessThan(1e-9 * (1 + Math.abs(y)));
      for (const [x, y] of allPayers(ab.rows).map((r, i) => [r, allPayers(ba.rows)[i]!] as const)) {
        for (const k of ['mean', 'low', 'high'] as const) {
          close(x.nominal.difference[k], y.nominal.difference[k]);
          close(x.discounted.pilot[k], y.discounted.pilot[k]);
        }
      }
      for (const k of ['mean', 'low', 'high'] as const) {
        close(ab.perFamily.meanDifference[k], ba.perFamily.meanDifference[k]);
        close(ab.perFamily.familySpread[k], ba.perFamily.familySpread[k]);
      }
      close(ab.perFamily.mcse, ba.perFamily.mcse);
    }
  });

  it('gives the family spread of a mix by type 7 (the same definition as for one scenario)', () => {
    // Equal weights and equal families per scenario: the 5th and 95th percentile of the pooled
    // families, type 7, as one sorted sample.
    const a = scenario(
      { pilot: { steps: [step('team', { oneOffCost: { dist: 'uniform', min: 0, max: 1000 } })] } },
      { id: 'a', settings: { horizonMonths: 12 } },
    );
    const b = scenario(
      { reference: { steps: [step('care', { oneOffCost: { dist: 'uniform', min: 0, max: 3000 } })] } },
      { id: 'b', settings: { horizonMonths: 12 } },
    );
    const M = 37;
    const r = cohortBudget(
      specOf(
        [
          [a, 1],
          [b, 1],
        ],
        { outerDraws: 0, innerFamilies: M, seed: 6 },
      ),
    );
    const [ka, kb] = mixStreams(['a', 'b']);
    const pooled: number[] = [];
    for (const [sc, key] of [
      [a, ka!],
      [b, kb!],
    ] as const) {
      const d = runInline(sc, {
        iterations: M,
        seed: innerSeed(6, key, 0),
        outputs: { monthly: false, bands: false },
      });
      for (let i = 0; i < M; i++) pooled.push(d.totals[i * 8 + 4]! - d.totals[i * 8]!);
    }
    const sorted = Float64Array.from(pooled).sort();
    expect(r.perFamily.familySpread.low).toBeCloseTo(quantileSorted(sorted, 0.05), 9);
    expect(r.perFamily.familySpread.high).toBeCloseTo(quantileSorted(sorted, 0.95), 9);
  });
});

describe('mixStreams', () => {
  it('keys each scenario by its id, a repeated id getting a key of its own', () => {
    const [a, b, a2] = mixStreams(['a', 'b', 'a']);
    expect(new Set([a, b, a2]).size).toBe(3);
    expect(mixStreams(['b', 'a'])).toEqual([b, a]);
  });
});

describe('weightedQuantile', () => {
  it('is type 7 for equal weights', () => {
    const v = [5, 1, 4, 2, 3, 10];
    const sorted = Float64Array.from(v).sort();
    for (const p of [0, 0.05, 0.3, 0.5, 0.95, 1])
      expect(weightedQuantile(v, [2, 2, 2, 2, 2, 2], p)).toBeCloseTo(quantileSorted(sorted, p), 12);
  });

  it('puts each value at the middle of its weight, the ends at 0 and 1', () => {
    // Weights 1, 2, 1 over 0, 10, 20: positions 0, 0.5, 1 (total 4, stretched from 0.5..3.5).
    expect(weightedQuantile([0, 10, 20], [1, 2, 1], 0.25)).toBeCloseTo(5, 12);
    // Weights 1, 1, 2: positions 0, (1.5 - 0.5) / (4 - 0.5 - 1) = 0.4, 1.
    expect(weightedQuantile([0, 10, 20], [1, 1, 2], 0.4)).toBeCloseTo(10, 12);
    expect(weightedQuantile([0, 10, 20], [1, 1, 2], 0.7)).toBeCloseTo(15, 12);
    // Weight 0 leaves a value out; the order of ties does not matter.
    expect(weightedQuantile([0, 100, 20], [1, 0, 1], 1)).toBe(20);
    expect(weightedQuantile([5, 5, 9], [1, 3, 1], 0.9)).toBe(weightedQuantile([5, 5, 9], [3, 1, 1], 0.9));
  });
});

describe('cohort calendar with horizons that are not whole years', () => {
  /** Brute force: every entering family's cost placed month by month on the calendar. */
  function byHand(family: number[], entry: 'start' | 'spread', N: number, years: number, rate: number) {
    const H = family.length;
    const CY = years + Math.ceil(H / 12);
    const nominal = new Array<number>(CY).fill(0);
    const discounted = new Array<number>(CY).fill(0);
    for (let y = 0; y < years; y++) {
      for (let e = 0; e < 12; e++) {
        const n = entry === 'start' ? (e === 0 ? N : 0) : N / 12;
        for (let t = 0; t < H; t++) {
          const T = 12 * y + e + t;
          nominal[Math.floor(T / 12)]! += n * family[t]!;
          discounted[Math.floor(T / 12)]! += n * family[t]! * Math.pow(1 + rate, -T / 12);
        }
      }
    }
    return { nominal, discounted };
  }

  for (const H of [30, 61])
    for (const entry of ['start', 'spread'] as const)
      it(`places every month of a ${H}-month horizon in its calendar year (${entry})`, () => {
        // Pilot: 100 a month from month 0 to the horizon; reference: 7 a month from month 5 on.
        const s = scenario(
          {
            pilot: { steps: [step('team', { monthlyCost: 100, duration: H })] },
            reference: { steps: [step('care', { monthlyCost: 7, start: 5, duration: H })] },
          },
          { settings: { horizonMonths: H } },
        );
        const N = 12;
        const years = 3;
        const rate = 0.03;
        const r = cohortBudget(specOf([[s, 1]], { familiesPerYear: N, years, entry, discountRate: rate }));
        expect(r.calendarYears).toBe(years + Math.ceil(H / 12));
        const pilot = byHand(
          Array.from({ length: H }, () => 100),
          entry,
          N,
          years,
          rate,
        );
        const reference = byHand(
          Array.from({ length: H }, (_, t) => (t >= 5 ? 7 : 0)),
          entry,
          N,
          years,
          rate,
        );
        const all = allPayers(r.rows);
        expect(all).toHaveLength(r.calendarYears);
        all.forEach((row, y) => {
          expect(row.nominal.pilot.mean).toBeCloseTo(pilot.nominal[y]!, 8);
          expect(row.nominal.reference.mean).toBeCloseTo(reference.nominal[y]!, 8);
          expect(row.discounted.pilot.mean).toBeCloseTo(pilot.discounted[y]!, 8);
          expect(row.discounted.reference.mean).toBeCloseTo(reference.discounted[y]!, 8);
        });
        // Nothing is lost: the calendar holds years x N x the family's total.
        const sum = all.reduce((a, row) => a + row.nominal.pilot.mean, 0);
        expect(sum).toBeCloseTo(years * N * 100 * H, 6);
        // The last calendar year has cost only if a family is still running in it.
        const lastMonth = 12 * (years - 1) + (entry === 'spread' ? 11 : 0) + H - 1;
        expect(all.at(-1)!.nominal.pilot.mean > 0).toBe(Math.floor(lastMonth / 12) === r.calendarYears - 1);
      });
});

describe('addCohortYears', () => {
  it('convolves a family cost with the entry months and shifts whole entry years', () => {
    const nominal = new Float64Array(4);
    const discounted = new Float64Array(4);
    // One family a month for a year; each costs 1 in its first month and 2 in its 13th.
    const family = new Float64Array(13);
    family[0] = 1;
    family[12] = 2;
    addCohortYears(family, entryPattern(12, 'spread'), 2, 0, 0.5, nominal, discounted);
    // Entry year 1: 12 x 1 in year 1, 12 x 2 in year 2; entry year 2 the same a year later; x 0.5.
    expect([...nominal]).toEqual([6, 18, 12, 0]);
    expect([...discounted]).toEqual([6, 18, 12, 0]);
    const d = new Float64Array(4);
    addCohortYears(family, entryPattern(12, 'spread'), 1, 0.1, 1, new Float64Array(4), d);
    let year1 = 0;
    let year2 = 0;
    for (let e = 0; e < 12; e++) {
      year1 += Math.pow(1.1, -e / 12);
      year2 += 2 * Math.pow(1.1, -(e + 12) / 12);
    }
    expect(d[0]).toBeCloseTo(year1, 12);
    expect(d[1]).toBeCloseTo(year2, 12);
  });
});
