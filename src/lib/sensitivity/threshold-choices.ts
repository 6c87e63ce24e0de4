import type { AnalysisInput } from '../analysis/analysis-types';

/** The whole years the horizon covers (at least 1: a horizon under a year still has year 1). */
export function horizonYears(horizonMonths: number): number {
  return Math.max(1, Math.floor(horizonMonths / 12));
}

/** "Within N years" choices: 1 .. the horizon's whole years. */
export function yearChoices(horizonMonths: number): number[] {
  return Array.from({ length: horizonYears(horizonMonths) }, (_, k) => k + 1);
}

/** The default "within" year: 3 (a budget period), or the horizon when it is shorter. */
export function defaultYear(horizonMonths: number): number {
  return Math.min(3, horizonYears(horizonMonths));
}

/** The month the search counts up to for "within N years": 12 N, never past the horizon. */
export function byMonthOf(years: number, horizonMonths: number): number {
  return Math.min(12 * years, horizonMonths);
}

/** The inputs as the picker lists them: named parameters first, then step and event fields. */
export function inputGroups(inputs: readonly AnalysisInput[]): {
  parameters: AnalysisInput[];
  fields: AnalysisInput[];
} {
  return {
    parameters: inputs.filter((i) => i.kind === 'parameter'),
    fields: inputs.filter((i) => i.kind === 'field'),
  };
}

/** The input to start with: the first uncertain parameter, else the first input, else none. */
export function firstInput(inputs: readonly AnalysisInput[]): AnalysisInput | null {
  return inputs.find((i) => i.kind === 'parameter' && i.uncertain) ?? inputs[0] ?? null;
}
