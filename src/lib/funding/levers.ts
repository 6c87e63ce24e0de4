import type { AnalysisInput, AnalysisJob, CohortSpec, TornadoResult } from '../analysis/analysis-types';
import { withValues } from '../analysis/scenario-override';
import type { Scenario } from '../model/scenario';

/** How many inputs get a lever: the top of the tornado. */
export const LEVER_COUNT = 4;
/** Families per lever evaluation: enough for a steady headline, quick enough to follow a slider. */
export const LEVER_ITERATIONS = 2000;
/** Families of the lever budget (expected values, no interval). */
export const LEVER_BUDGET_FAMILIES = 2000;
/** Families per evaluation when the levers look for the inputs that matter most themselves. */
export const LEVER_TORNADO_ITERATIONS = 1000;
/**
 * At most one re-run per this many ms while a slider moves (a throttle with a trailing run, so
 * the figures follow a drag and end on the last value).
 */
export const LEVER_THROTTLE_MS = 120;
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

/**
 * Whether an input of the scenario as it is now is the one the tornado ranked under the same ref
 * (refs are positions: after a parameter or step is removed, a ref may point at another one).
 */
export function sameInput(now: AnalysisInput, ranked: AnalysisInput): boolean {
  if (now.kind !== ranked.kind) return false;
  return now.kind === 'parameter' ? now.parameterId === ranked.parameterId : now.label.en === ranked.label.en;
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

/** What the budget of the levers uses from the cohort form: its families and its mix. */
export type LeverCohort = Pick<CohortSpec, 'familiesPerYear' | 'years' | 'entry' | 'mix'>;

/** The job for the headline numbers with the levers as set. */
export function leverJob(scenario: Scenario, values: Readonly<Record<string, number>>): AnalysisJob {
  return {
    kind: 'lever',
    scenario,
    options: { values: { ...values }, iterations: LEVER_ITERATIONS, seed: scenario.settings.seed },
  };
}

/**
 * The lever values as they apply to one scenario of the mix. The open scenario takes them all.
 * Another scenario takes a named parameter's value when it has a parameter with the same id (the
 * same unknown average, as the cohort's outer draws treat it), at its own position; a step or
 * event field belongs to the open scenario only.
 */
export function valuesFor(
  target: Scenario,
  open: Scenario,
  values: Readonly<Record<string, number>>,
  inputs: readonly AnalysisInput[],
): Record<string, number> {
  if (target.id === open.id) return { ...values };
  const out: Record<string, number> = {};
  for (const [ref, v] of Object.entries(values)) {
    const input = inputs.find((i) => i.ref === ref);
    if (input?.kind !== 'parameter' || !input.parameterId) continue;
    const j = target.parameters.findIndex((p) => p.id === input.parameterId);
    if (j >= 0) out[`parameters[${j}].value`] = v;
  }
  return out;
}

/**
 * The job for the budget with the levers as set: the cohort form's families and mix, each
 * scenario of the mix with the values that apply to it (`valuesFor`), expected values only (no
 * outer draws), with the open scenario's seed and discount rate.
 */
export function leverBudgetJob(
  open: Scenario,
  values: Readonly<Record<string, number>>,
  inputs: readonly AnalysisInput[],
  cohort: LeverCohort,
): AnalysisJob {
  return {
    kind: 'cohort',
    spec: {
      familiesPerYear: cohort.familiesPerYear,
      years: cohort.years,
      entry: cohort.entry,
      mix: cohort.mix.map((m) => ({
        name: m.name,
        scenario: withValues(m.scenario, valuesFor(m.scenario, open, values, inputs)),
        weight: m.weight,
      })),
      discountRate: open.settings.discountRate,
      outerDraws: 0,
      innerFamilies: LEVER_BUDGET_FAMILIES,
      seed: open.settings.seed,
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
