import { MIN_RELIABLE_OUTER_DRAWS } from '../analysis/analysis-limits';
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

/** Fewest draws of the averages for an interval (0 draws: expected values only); the library's limit. */
export const MIN_COHORT_DRAWS = MIN_RELIABLE_OUTER_DRAWS;

/** Allowed ranges of the form's numbers (outer draws: 0, or from MIN_COHORT_DRAWS). */
export const COHORT_LIMITS = {
  familiesPerYear: { min: 1, max: 100_000 },
  years: { min: 1, max: 20 },
  outerDraws: { min: 0, max: 2_000 },
  innerFamilies: { min: 20, max: 100_000 },
} as const;

/** Simulated families in one computation at most (outer draws x families per draw x scenarios). */
export const MAX_COHORT_WORK = 4_000_000;

export type CohortNumberField = keyof typeof COHORT_LIMITS;
const NUMBER_FIELDS = Object.keys(COHORT_LIMITS) as CohortNumberField[];

/**
 * One scenario in the mix as the form holds it: only its id and the share as typed. Its name and
 * the scenario itself are looked up when needed (names in the current language; scenarios kept
 * out of reactive state, so a job with them can be posted to a worker).
 */
export interface MixRow {
  id: string;
  /** Share in percent, as typed ("60", "33,3"); empty means 0. */
  weight: string;
}

/** A scenario of the mix as the page knows it. */
export interface MixScenario {
  /** Its name in the current language. */
  name: string;
  /** The scenario when it can run; null when it has problems (it cannot be part of the mix). */
  scenario: Scenario | null;
}

/** What is typed in the cohort form. Row 0 of the mix is always the open scenario. */
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
  | { field: 'outerDraws'; kind: 'fewDraws'; min: number }
  | { field: 'weights'; kind: 'weight'; row: number }
  | { field: 'weights'; kind: 'sum'; sum: number }
  | { field: 'weights'; kind: 'empty' }
  | { field: 'innerFamilies'; kind: 'tooMuchWork'; families: number; max: number };

export type CohortParse = { ok: true; spec: CohortSpec } | { ok: false; problems: CohortProblem[] };

/** How the form is read: the run settings, the language it was typed in, and the scenarios. */
export interface CohortReadOptions {
  seed: number;
  discountRate: number;
  decimalComma: boolean;
  /** The open scenario's id: row 0 of the mix stands for it; another row with this id is left out. */
  openId: string;
  /** The scenario (and its name) for a mix row's id; undefined when it is not known. */
  scenarioOf: (id: string) => MixScenario | undefined;
}

/** Weights may sum to 100 up to this (in percentage points), so 33.3 + 33.3 + 33.4 is fine. */
const SUM_TOLERANCE = 1e-6;

/** The form filled with its defaults and the open scenario at 100 %. */
export function defaultCohortForm(openId: string): CohortForm {
  return {
    familiesPerYear: String(COHORT_DEFAULTS.familiesPerYear),
    years: String(COHORT_DEFAULTS.years),
    entry: COHORT_DEFAULTS.entry,
    outerDraws: String(COHORT_DEFAULTS.outerDraws),
    innerFamilies: String(COHORT_DEFAULTS.innerFamilies),
    mix: [{ id: openId, weight: '100' }],
  };
}

/**
 * The rows of the mix that count, with their index in `mix`: row 0 (the open scenario, whatever
 * id it was stored with) and every other row whose id is not the open scenario's (a scenario
 * added while another was open, then opened itself, is not counted twice).
 */
export function activeMixRows(
  mix: readonly MixRow[],
  openId: string,
): Array<{ row: number; id: string; weight: string }> {
  return mix.flatMap((r, row) =>
    row === 0
      ? [{ row, id: openId, weight: r.weight }]
      : r.id === openId
        ? []
        : [{ row, id: r.id, weight: r.weight }],
  );
}

/** The sum of the typed weights that count (percent; a weight that is not a number counts as NaN). */
export function weightSum(mix: readonly MixRow[], decimalComma: boolean, openId: string): number {
  return activeMixRows(mix, openId).reduce((s, r) => s + weightOf(r.weight, decimalComma), 0);
}

function weightOf(text: string, decimalComma: boolean): number {
  return text.trim() === '' ? 0 : readLocalNumber(text, decimalComma);
}

/**
 * The cohort the form describes, or every reason it cannot be computed. The weights must be
 * numbers from 0 to 100 that sum to 100; scenarios at 0 % are left out of the mix. Draws of the
 * averages are 0 (expected values only) or at least MIN_COHORT_DRAWS.
 */
export function cohortSpecOf(form: CohortForm, options: CohortReadOptions): CohortParse {
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
  if (outerDraws > 0 && outerDraws < MIN_COHORT_DRAWS) {
    problems.push({ field: 'outerDraws', kind: 'fewDraws', min: MIN_COHORT_DRAWS });
  }
  const innerFamilies = whole('innerFamilies');

  const mix: CohortMixEntry[] = [];
  let badWeight = false;
  for (const r of activeMixRows(form.mix, options.openId)) {
    const w = weightOf(r.weight, options.decimalComma);
    const known = options.scenarioOf(r.id);
    if (!Number.isFinite(w) || w < 0 || w > 100 || (w > 0 && !known?.scenario)) {
      problems.push({ field: 'weights', kind: 'weight', row: r.row });
      badWeight = true;
    } else if (w > 0 && known?.scenario)
      mix.push({ name: known.name, scenario: known.scenario, weight: w / 100 });
  }
  if (!badWeight) {
    const sum = weightSum(form.mix, options.decimalComma, options.openId);
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

/** A number as typed in the other language: "1.000" (Dutch) is "1000" in English, "33,3" is "33.3". */
function retyped(text: string, from: boolean, to: boolean): string {
  if (from === to || text.trim() === '') return text;
  const x = readLocalNumber(text, from);
  if (!Number.isFinite(x)) return text; // not a number: left as typed, so its problem stays
  const plain = String(x);
  return to ? plain.replace('.', ',') : plain;
}

/**
 * The form's numbers rewritten for another UI language, so that what was typed keeps the value
 * it had when it was typed ("1.000" typed in Dutch stays a thousand, not 1.0 in English). Text
 * that does not read as a number is kept as it is.
 */
export function retypeCohortForm(form: CohortForm, fromComma: boolean, toComma: boolean): CohortForm {
  if (fromComma === toComma) return form;
  const out: CohortForm = {
    ...form,
    mix: form.mix.map((r) => ({ ...r, weight: retyped(r.weight, fromComma, toComma) })),
  };
  for (const f of NUMBER_FIELDS) out[f] = retyped(form[f], fromComma, toComma);
  return out;
}
