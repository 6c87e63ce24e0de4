import type { CohortSpec } from './analysis-types';

/** Calendar years a cohort covers: the entry years plus the longest horizon (so every family reaches it). */
export function calendarYearsOf(years: number, maxHorizonMonths: number): number {
  return years + Math.ceil(maxHorizonMonths / 12);
}

/** Families entering in each month of an entry year: 'spread' = N / 12 in each month, 'start' = N in the first. */
export function entryPattern(familiesPerYear: number, entry: CohortSpec['entry']): Float64Array {
  return entry === 'start'
    ? Float64Array.of(familiesPerYear)
    : new Float64Array(12).fill(familiesPerYear / 12);
}

/**
 * Spreads one family's expected monthly cost over the calendar: `years` yearly cohorts enter
 * (month e of an entry year gets `pattern[e]` families) and a family that entered in calendar
 * month E costs `family[t]` in calendar month E + t. Adds `weight` x the cost of each calendar
 * year to `nominal[year]` and, discounted by (1 + rate)^(-T/12) for calendar month T counted from
 * the start of year 1, to `discounted[year]` (years 0-based here).
 *
 * Computed as one entry year's series G (the family cost convolved with the entry pattern),
 * summed per year, then shifted by whole years: cohort y adds its year-u sum to calendar year
 * y + u, discounted by (1 + r)^(-y) on top of G's own discounting (exact, since
 * (1 + r)^(-(12y + t)/12) = (1 + r)^(-y) (1 + r)^(-t/12)).
 */
export function addCohortYears(
  family: ArrayLike<number>,
  pattern: Float64Array,
  years: number,
  rate: number,
  weight: number,
  nominal: Float64Array,
  discounted: Float64Array,
): void {
  const H = family.length;
  const len = H + pattern.length - 1;
  const nu = Math.ceil(len / 12);
  const aNom = new Float64Array(nu);
  const aDisc = new Float64Array(nu);
  for (let t = 0; t < len; t++) {
    let g = 0;
    const eMin = Math.max(0, t - H + 1);
    const eMax = Math.min(pattern.length - 1, t);
    for (let e = eMin; e <= eMax; e++) g += pattern[e]! * family[t - e]!;
    if (g === 0) continue;
    const u = Math.floor(t / 12);
    aNom[u] += g;
    aDisc[u] += g * Math.pow(1 + rate, -t / 12);
  }
  for (let y = 0; y < years; y++) {
    const dy = Math.pow(1 + rate, -y);
    for (let u = 0; u < nu; u++) {
      const Y = y + u;
      if (Y >= nominal.length) break;
      nominal[Y] += weight * aNom[u]!;
      discounted[Y] += weight * dy * aDisc[u]!;
    }
  }
}
