import type { CohortResult, CohortRow, Estimate } from '../../../src/lib/analysis/analysis-types';

const est = (mean: number, spread: number): Estimate => ({ mean, low: mean - spread, high: mean + spread });

/** Invented cohort figures: the pilot costs the municipality more early and saves later. */
const PER_PAYER: Record<string, (year: number) => { pilot: number; reference: number }> = {
  'municipality-youth': (y) => ({ pilot: 200_000 - 15_000 * y, reference: 90_000 + 20_000 * y }),
  'health-insurer': (y) => ({ pilot: 30_000 + 1_000 * y, reference: 25_000 + 1_000 * y }),
  family: () => ({ pilot: 0, reference: 0 }),
};

function row(year: number, payerId: string | null, pilot: number, reference: number, k: number): CohortRow {
  const basis = (f: number) => ({
    pilot: est(pilot * f, 0.1 * pilot * f),
    reference: est(reference * f, 0.12 * reference * f),
    difference: est((reference - pilot) * f, 0.2 * Math.abs(reference - pilot) * f + 1000),
  });
  return { year, payerId, nominal: basis(1), discounted: basis(k) };
}

/**
 * A cohort result built by hand: 40 families a year for 3 years, a 5-year horizon (8 calendar
 * years), three payers, the discounted figures 3 % a year below the nominal ones.
 */
export function cohortFixture(options: { outerDraws?: number; innerNoiseShare?: number } = {}): CohortResult {
  const calendarYears = 8;
  const payerIds = Object.keys(PER_PAYER);
  const rows: CohortRow[] = [];
  const sums = new Map<
    string | null,
    { pilot: number; reference: number; dPilot: number; dReference: number }
  >();
  const add = (p: string | null, pilot: number, reference: number, k: number) => {
    const s = sums.get(p) ?? { pilot: 0, reference: 0, dPilot: 0, dReference: 0 };
    s.pilot += pilot;
    s.reference += reference;
    s.dPilot += pilot * k;
    s.dReference += reference * k;
    sums.set(p, s);
  };
  for (let year = 1; year <= calendarYears; year++) {
    const k = 1.03 ** -(year - 0.5);
    let pilot = 0;
    let reference = 0;
    for (const id of payerIds) {
      const v = PER_PAYER[id]!(year);
      rows.push(row(year, id, v.pilot, v.reference, k));
      add(id, v.pilot, v.reference, k);
      pilot += v.pilot;
      reference += v.reference;
    }
    rows.push(row(year, null, pilot, reference, k));
    add(null, pilot, reference, k);
  }
  const totals = [...payerIds, null].map((p) => {
    const s = sums.get(p)!;
    const r = row(0, p, s.pilot, s.reference, 1);
    r.discounted = row(0, p, s.dPilot, s.dReference, 1).nominal;
    return r;
  });
  const outerDraws = options.outerDraws ?? 200;
  return {
    spec: {
      familiesPerYear: 40,
      years: 3,
      entry: 'spread',
      discountRate: 0.03,
      outerDraws,
      innerFamilies: 500,
      seed: 20240601,
      mix: [{ name: 'Case 1', weight: 1, scenarioId: 'case-1' }],
    },
    payerIds,
    payerNames: {
      'municipality-youth': { nl: 'Gemeente (Jeugdwet)', en: 'Municipality (Youth Act)' },
      'health-insurer': { nl: 'Zorgverzekeraar (Zvw)', en: 'Health insurer (Health Insurance Act)' },
      family: { nl: 'Gezin zelf', en: 'The family' },
    },
    calendarYears,
    rows,
    totals,
    perFamily: {
      meanDifference:
        outerDraws > 0 ? { mean: 2_500, low: -4_000, high: 9_000 } : { mean: 2_500, low: 2_500, high: 2_500 },
      familySpread: { mean: 2_500, low: -41_000, high: 38_000 },
      mcse: 310,
      innerNoiseShare: options.innerNoiseShare ?? 0.05,
    },
    paybackYear: 6,
    intervalReliable: outerDraws >= 20,
  };
}
