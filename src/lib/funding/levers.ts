import type { AnalysisInput, AnalysisJob, CohortSpec, TornadoResult } from '../analysis/analysis-types';
import type { Scenario } from '../model/scenario';

/** How many inputs get a lever: the top of the tornado. */
export const LEVER_COUNT = 4;
/** Families per lever evaluation: enough for a steady headline, quick enough to follow a slider. */
export const LEVER_ITERATIONS = 2000;
/** Families of the lever budget (expected values, no interval). */
export const LEVER_BUDGET_FAMILIES = 2000;
/** Families per evaluation when the levers look for the inputs that matter most themselves. */
export const LEVER_TORNADO_ITERATIONS = 1000;
/** Wait this long after a slider moves before re-running (ms). */
export const LEVER_DEBOUNCE_MS = 150;
/** Steps across a slider's range. */
const SLIDER_STEPS = 200;

/** The inputs with the largest swing (horizon), at most `count`. */
export function leverInputs(tornado: TornadoResult | null, count = LEVER_COUNT): AnalysisInput[] {
  if (!tornado) return [];
  return [...tornado.bars]
    .sort((a, b) => b.swing.horizon - a.swing.horizon)
    .slice(0, count)
    .map((b) => b.input);
}

/** A round step (1, 2 or 5 times a power of ten) that splits the range into about 200 steps. */
export function sliderStep(lower: number, upper: number): number {
  const raw = (upper - lower) / SLIDER_STEPS;
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

/** Where the model's own value sits along the slider, 0..1 (for its marker). */
export function markerShare(input: AnalysisInput): number {
  const span = input.upper - input.lower;
  if (!(span > 0)) return 0;
  return Math.min(1, Math.max(0, (input.mean - input.lower) / span));
}

/** The value a slider shows: the moved value, or the model's own (the input's mean). */
export function leverValue(input: AnalysisInput, values: Readonly<Record<string, number>>): number {
  return values[input.ref] ?? input.mean;
}

/** What the budget of the levers uses from the cohort form. */
export type LeverCohort = Pick<CohortSpec, 'familiesPerYear' | 'years' | 'entry'>;

/** The job for the headline numbers with the levers as set. */
export function leverJob(scenario: Scenario, values: Readonly<Record<string, number>>): AnalysisJob {
  return {
    kind: 'lever',
    scenario,
    options: { values: { ...values }, iterations: LEVER_ITERATIONS, seed: scenario.settings.seed },
  };
}

/** The job for the budget with the levers as set: expected values only (no outer draws). */
export function leverBudgetJob(changed: Scenario, name: string, cohort: LeverCohort): AnalysisJob {
  return {
    kind: 'cohort',
    spec: {
      ...cohort,
      mix: [{ name, scenario: changed, weight: 1 }],
      discountRate: changed.settings.discountRate,
      outerDraws: 0,
      innerFamilies: LEVER_BUDGET_FAMILIES,
      seed: changed.settings.seed,
    },
  };
}

/** The tornado job the levers run themselves when none has been run. */
export function leverTornadoJob(scenario: Scenario): AnalysisJob {
  return {
    kind: 'tornado',
    scenario,
    options: { iterations: LEVER_TORNADO_ITERATIONS, seed: scenario.settings.seed },
  };
}
