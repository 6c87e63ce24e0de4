import type { LocalText } from '../model/local-text';
import type { QuantityRole } from '../model/quantity-fields';
import type { Scenario } from '../model/scenario';

/**
 * The policymaker's analyses (issue 7): cohort budget impact, one-way sensitivity (tornado),
 * threshold (break-even) search, live levers and variants side by side. Everything here is pure
 * TypeScript over validated scenarios; it runs in Node, in the analysis worker and in tests.
 *
 * Two kinds of uncertainty are kept apart (conventions §4, Briggs et al. 2012):
 * - the **spread between families** (stochastic variation: what happens to one family), and
 * - the **uncertainty about the averages** (parameter uncertainty: what we do not know about the
 *   mean cost per family). Budgets depend on the second. It is computed by nested simulation:
 *   outer draws of the named parameters, and for each draw `innerFamilies` simulated families
 *   with those parameter values fixed. Inline distributions on step and event fields stay
 *   family-level variation (they are drawn per family).
 */

/** A number the analyses can move: a named parameter or a step/event field. */
export interface AnalysisInput {
  /** Document path of the quantity, e.g. `parameters[3].value` or `paths.reference.events[0].probability`. */
  ref: string;
  kind: 'parameter' | 'field';
  /** The parameter's id (kind 'parameter'). */
  parameterId?: string;
  /** What it is in both languages: the parameter's label (or id), or "<step label>: <field>". */
  label: { nl: string; en: string };
  role: QuantityRole;
  unit?: string;
  /** Where the number comes from (parameter source, or the step's source), with its year. */
  source?: string;
  year?: number;
  assumption?: boolean;
  /** True when it is a distribution (uncertain); false for a plain number. */
  uncertain: boolean;
  /** Mean, 10th and 90th percentile (exact, from the distribution's shape; all equal for a plain number). */
  mean: number;
  p10: number;
  p90: number;
  /** A sensible range for a threshold search and a lever: probabilities 0..1, others 0..max(2 x p99, 2 x value). */
  lower: number;
  upper: number;
}

/** A mean with a 90 % interval (5th..95th percentile over outer draws). */
export interface Estimate {
  mean: number;
  low: number;
  high: number;
}

export interface CohortMixEntry {
  /** A display name (the scenario's name in the current language). */
  name: string;
  scenario: Scenario;
  /** Share of the families like this one (weights are normalised to sum to 1). */
  weight: number;
}

export interface CohortSpec {
  familiesPerYear: number;
  /** Years in which new families enter (1..20). */
  years: number;
  /** One or more scenarios with weights ("60 % like case 1, 40 % like case 7"). */
  mix: CohortMixEntry[];
  /** Families entering in a year start spread evenly over its 12 months ('spread', default) or all in its first month. */
  entry: 'spread' | 'start';
  /** Annual discount rate for the discounted figures (to the start of year 1); default the first scenario's setting. */
  discountRate?: number;
  /**
   * Outer parameter draws (0 = expected values only, no interval; 1 is refused; below 20 the
   * interval is flagged `intervalReliable: false`) and simulated families per draw (at least 2
   * with outer draws). Every scenario of the mix gets the same outer draws: a parameter id shared
   * by several scenarios is one unknown average with one value per draw.
   */
  outerDraws: number;
  innerFamilies: number;
  seed: number;
}

/** One calendar year for one payer (payerId null = all payers together). */
export interface CohortRow {
  /** 1-based calendar year from the first families' start. */
  year: number;
  payerId: string | null;
  /** Cost of all cohort families in that year; `nominal` = 0 %, `discounted` = at the spec's rate. */
  nominal: { pilot: Estimate; reference: Estimate; difference: Estimate };
  discounted: { pilot: Estimate; reference: Estimate; difference: Estimate };
}

export interface CohortResult {
  spec: Omit<CohortSpec, 'mix'> & { mix: Array<{ name: string; weight: number; scenarioId: string }> };
  /** Payer ids in order (union over the mix, in the first scenario's order). */
  payerIds: string[];
  payerNames: Record<string, LocalText>;
  /** Calendar years covered (entry years + the longest horizon). */
  calendarYears: number;
  /** Rows for every (year, payer) and (year, all payers). Difference = reference - pilot (positive: the pilot saves). */
  rows: CohortRow[];
  /** Totals over all calendar years, per payer and for all (year 0 in these rows). */
  totals: CohortRow[];
  /** Per family over the horizon (discounted, all payers): the two kinds of uncertainty side by side. */
  perFamily: {
    /** Uncertainty about the average difference (outer draws): mean and 90 % interval. */
    meanDifference: Estimate;
    /** Spread between single families (all draws pooled): mean and 5th..95th percentile. */
    familySpread: Estimate;
    /** Monte Carlo standard error of the overall mean difference. */
    mcse: number;
    /**
     * Share of the variance between draw means that is inner Monte Carlo noise (mean inner
     * variance / innerFamilies divided by the variance of the draw means); near 0 is good.
     */
    innerNoiseShare: number;
  };
  /** First calendar year from which the cumulative nominal difference for all payers stays >= 0; null if never. */
  paybackYear: number | null;
  /**
   * False when the 90 % intervals rest on fewer than 20 outer draws (too few for a 5th and 95th
   * percentile: show them as rough or not at all), and with 0 outer draws, where there is no
   * interval (low = high = mean). Absent in results made before this field existed.
   */
  intervalReliable?: boolean;
}

export type Outcome = 'shortTerm' | 'horizon';

export interface TornadoOptions {
  /** Families simulated per evaluation (common random numbers: the same seed for every evaluation). */
  iterations: number;
  seed: number;
  /** Only the inputs with these refs (default: every uncertain input). */
  refs?: string[];
}

export interface TornadoBar {
  input: AnalysisInput;
  /** Expected difference (reference - pilot, discounted) with the input at its 10th / 90th percentile. */
  low: { value: number; shortTerm: number; horizon: number };
  high: { value: number; shortTerm: number; horizon: number };
  /** |high - low| of the expected difference. */
  swing: { shortTerm: number; horizon: number };
}

export interface TornadoResult {
  /**
   * Expected difference with every uncertain input at its mean: each parameter and each step or
   * event field given as a distribution (each bar then moves one of them to its 10th / 90th
   * percentile). What still varies between the simulated families: whether a step or event
   * happens given its probability, and which branch a family takes; the simulation averages over
   * them with the same random numbers (common random numbers) in every evaluation.
   */
  base: { shortTerm: number; horizon: number };
  /** Sorted by horizon swing, largest first. */
  bars: TornadoBar[];
  iterations: number;
  seed: number;
}

export interface ThresholdTarget {
  /** null = all payers together. */
  payerId: string | null;
  /**
   * Cumulative cost up to this month (exclusive; e.g. 36 = "within 3 years"): at least 1; a
   * month beyond the horizon counts to the horizon (`ThresholdResult.byMonthClamped`).
   */
  byMonth: number;
  discounted: boolean;
}

export interface ThresholdOptions {
  ref: string;
  lower: number;
  upper: number;
  target: ThresholdTarget;
  iterations: number;
  seed: number;
  /** Outer parameter draws for the interval of the threshold (0 = none). */
  outerDraws: number;
  /** Stop when the bracket is narrower than this share of upper - lower (default 1e-4; above 0 and below 1). */
  tolerance?: number;
}

export interface ThresholdResult {
  ref: string;
  target: ThresholdTarget;
  /**
   * 'found': the expected difference changes sign at `value`; 'always': the pilot breaks even
   * over the whole range; 'never': it does not anywhere in the range.
   */
  status: 'found' | 'always' | 'never';
  value: number | null;
  /** Where the pilot breaks even: for input values below or above `value`. */
  breaksEvenWhen: 'below' | 'above' | null;
  /** Expected difference at the range's ends (reference - pilot, for the target). */
  atLower: number;
  atUpper: number;
  /**
   * Parameter uncertainty of the threshold: 5th..95th percentile (type 7) over all outer draws
   * (null when there are no outer draws). A draw without a break-even value in the range counts
   * as lying beyond the end of the range on the side `breaksEvenWhen` gives; `drawsWithValue`
   * says how many draws had a value in the range. When a percentile lies beyond the range,
   * `low` / `high` is the range end it lies beyond and `lowBeyondRange` / `highBeyondRange` is
   * true ("below 0.1 or lower"; "above 0.9 or higher").
   */
  interval: {
    low: number;
    high: number;
    drawsWithValue: number;
    draws: number;
    lowBeyondRange?: boolean;
    highBeyondRange?: boolean;
  } | null;
  evaluations: number;
  /** False when there is no interval or it rests on fewer than 20 outer draws (too few for a 90 % interval). */
  intervalReliable?: boolean;
  /**
   * True when the coarse scan (9 points over the range) saw the difference change sign more than
   * once: `value` is then the crossing nearest the lower end, and `breaksEvenWhen` holds only up
   * to the next crossing.
   */
  multipleCrossings?: boolean;
  /** True when the root search stopped at its evaluation cap before reaching the tolerance. */
  capped?: boolean;
  /** True when `target.byMonth` lay beyond the horizon and the horizon was used. */
  byMonthClamped?: boolean;
  /**
   * The range actually searched, present only when an end had to be moved towards the input's
   * own value because the scenario cannot be simulated there (e.g. a probability formula pushed
   * outside 0..1); `atLower` / `atUpper` are then at these ends.
   */
  searchedRange?: { lower: number; upper: number };
}

export interface VariantEntry {
  name: string;
  scenario: Scenario;
}

export interface VariantRow {
  name: string;
  scenarioId: string;
  /** Per family, discounted over the horizon (and at the short-term cut-off): mean and 5th..95th percentile. */
  pilot: Estimate;
  reference: Estimate;
  difference: Estimate;
  shortTermDifference: Estimate;
  mcse: number;
  pPilotCheaper: number;
  /** Median break-even month, null when fewer than half the families break even. */
  breakEvenMonth: number | null;
  horizonMonths: number;
}

export interface VariantsResult {
  rows: VariantRow[];
  iterations: number;
  seed: number;
}

export interface LeverOptions {
  /** New values by input ref (plain numbers replace the input's quantity). */
  values: Record<string, number>;
  iterations: number;
  seed: number;
}

export interface LeverResult {
  /** Per family, discounted: expected costs and difference with the spread between families. */
  pilot: Estimate;
  reference: Estimate;
  difference: Estimate;
  shortTermDifference: Estimate;
  pPilotCheaper: number;
  /** Expected (no interval) per-family monthly cost, per path and payer, undiscounted: [path][payer][month]. */
  monthly: { payerIds: string[]; horizon: number; pilot: number[][]; reference: number[][] };
}

/** A job for the analysis worker. */
export type AnalysisJob =
  | { kind: 'cohort'; spec: CohortSpec }
  | { kind: 'tornado'; scenario: Scenario; options: TornadoOptions }
  | { kind: 'threshold'; scenario: Scenario; options: ThresholdOptions }
  | { kind: 'variants'; variants: VariantEntry[]; iterations: number; seed: number }
  | { kind: 'lever'; scenario: Scenario; options: LeverOptions };

export type AnalysisResult =
  | { kind: 'cohort'; result: CohortResult }
  | { kind: 'tornado'; result: TornadoResult }
  | { kind: 'threshold'; result: ThresholdResult }
  | { kind: 'variants'; result: VariantsResult }
  | { kind: 'lever'; result: LeverResult };

/** Progress of a job: work units done of total (simulated families). */
export type ProgressCallback = (done: number, total: number) => void;

/** Messages between the page and the analysis worker. */
export type ToAnalysisWorker = { type: 'job'; jobId: number; job: AnalysisJob };
export type FromAnalysisWorker =
  | { type: 'progress'; jobId: number; done: number; total: number }
  | { type: 'result'; jobId: number; result: AnalysisResult }
  | { type: 'error'; jobId: number; message: string; errorName?: string };

/**
 * Runs analysis jobs off the page (the analysis worker's client implements it; component tests
 * pass a fake). Aborting rejects with an AbortError and stops the work.
 */
export interface AnalysisRunner {
  run(job: AnalysisJob, onProgress?: ProgressCallback, signal?: AbortSignal): Promise<AnalysisResult>;
}
