import type { CohortMixEntry, CohortSpec } from '../analysis/analysis-types';
import { readLocalNumber } from '../model/settings-input';
import type { Scenario } from '../model/scenario';

/**
 * The cohort form's starting values. 40 families a year for 3 years is an illustrative
 * assumption (the size of the question in issue 7, not a figure from a source). 200 parameter
 * draws of 500 families each give a 90 % interval whose ends move by a few percent between seeds
 * (Briggs et al. 2012 suggest hundreds to a thousand outer draws); illustrative too.
 */
export const COHORT_DEFAULTS = {
  familiesPerYear: 40,
  years: 3,
  entry: 'spread' as const,
  outerDraws: 200,
  innerFamilies: 500,
};

/** Allowed ranges of the form's numbers. */
export const COHORT_LIMITS = {
  familiesPerYear: { min: 1, max: 100_000 },
  years: { min: 1, max: 20 },
  outerDraws: { min: 0, max: 2_000 },
  innerFamilies: { min: 20, max: 100_000 },
} as const;

/** Simulated families in one computation at most (outer draws x families per draw x scenarios). */
export const MAX_COHORT_WORK = 4_000_000;

export type CohortNumberField = keyof typeof COHORT_LIMITS;

/** One scenario in the mix as the form holds it. */
export interface MixRow {
  id: string;
  name: string;
  /** The scenario when it can run; null when it has problems (it cannot be part of the mix). */
  scenario: Scenario | null;
  /** Share in percent, as typed ("60", "33,3"); empty means 0. */
  weight: string;
}

/** What is typed in the cohort form. */
export interface CohortForm {
  familiesPerYear: string;
  years: string;
  entry: 'spread' | 'start';
  outerDraws: string;
  innerFamilies: string;
  mix: MixRow[];
}

export type CohortProblem =
  | { field: CohortNumberField; kind: 'wholeNumber'; min: number; max: number }
  | { field: 'weights'; kind: 'weight'; row: number }
  | { field: 'weights'; kind: 'sum'; sum: number }
  | { field: 'weights'; kind: 'empty' }
  | { field: 'innerFamilies'; kind: 'tooMuchWork'; families: number; max: number };

export type CohortParse = { ok: true; spec: CohortSpec } | { ok: false; problems: CohortProblem[] };

/** Weights may sum to 100 up to this (in percentage points), so 33.3 + 33.3 + 33.4 is fine. */
const SUM_TOLERANCE = 1e-6;

/** The form filled with its defaults and the open scenario at 100 %. */
export function defaultCohortForm(open: { id: string; name: string; scenario: Scenario | null }): CohortForm {
  return {
    familiesPerYear: String(COHORT_DEFAULTS.familiesPerYear),
    years: String(COHORT_DEFAULTS.years),
    entry: COHORT_DEFAULTS.entry,
    outerDraws: String(COHORT_DEFAULTS.outerDraws),
    innerFamilies: String(COHORT_DEFAULTS.innerFamilies),
    mix: [{ ...open, weight: '100' }],
  };
}

/** The sum of the typed weights (percent; a weight that is not a number counts as NaN). */
export function weightSum(mix: readonly MixRow[], decimalComma: boolean): number {
  return mix.reduce((s, r) => s + weightOf(r, decimalComma), 0);
}

function weightOf(r: MixRow, decimalComma: boolean): number {
  return r.weight.trim() === '' ? 0 : readLocalNumber(r.weight, decimalComma);
}

/**
 * The cohort the form describes, or every reason it cannot be computed. The weights must be
 * numbers from 0 to 100 that sum to 100; scenarios at 0 % are left out of the mix.
 */
export function cohortSpecOf(
  form: CohortForm,
  options: { seed: number; discountRate: number; decimalComma: boolean },
): CohortParse {
  const problems: CohortProblem[] = [];
  const whole = (field: CohortNumberField): number => {
    const x = readLocalNumber(form[field], options.decimalComma);
    const { min, max } = COHORT_LIMITS[field];
    if (!Number.isInteger(x) || x < min || x > max) {
      problems.push({ field, kind: 'wholeNumber', min, max });
      return NaN;
    }
    return x;
  };
  const familiesPerYear = whole('familiesPerYear');
  const years = whole('years');
  const outerDraws = whole('outerDraws');
  const innerFamilies = whole('innerFamilies');

  const mix: CohortMixEntry[] = [];
  let badWeight = false;
  form.mix.forEach((r, row) => {
    const w = weightOf(r, options.decimalComma);
    if (!Number.isFinite(w) || w < 0 || w > 100 || (w > 0 && !r.scenario)) {
      problems.push({ field: 'weights', kind: 'weight', row });
      badWeight = true;
    } else if (w > 0 && r.scenario) mix.push({ name: r.name, scenario: r.scenario, weight: w / 100 });
  });
  if (!badWeight) {
    const sum = weightSum(form.mix, options.decimalComma);
    if (mix.length === 0) problems.push({ field: 'weights', kind: 'empty' });
    else if (Math.abs(sum - 100) > SUM_TOLERANCE) problems.push({ field: 'weights', kind: 'sum', sum });
  }
  const families = Math.max(1, outerDraws) * innerFamilies * Math.max(1, mix.length);
  if (Number.isFinite(families) && families > MAX_COHORT_WORK) {
    problems.push({ field: 'innerFamilies', kind: 'tooMuchWork', families, max: MAX_COHORT_WORK });
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    spec: {
      familiesPerYear,
      years,
      mix,
      entry: form.entry,
      discountRate: options.discountRate,
      outerDraws,
      innerFamilies,
      seed: options.seed,
    },
  };
}
