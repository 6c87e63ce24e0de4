import type { Measure } from '../sim/run-layout';

/** Which costs a chart shows: up to the short-term cut-off or the horizon; discounted or not. */
export type Period = 'shortTerm' | 'horizon';

export interface MeasureChoice {
  period: Period;
  discounted: boolean;
}

export const DEFAULT_CHOICE: MeasureChoice = { period: 'horizon', discounted: true };

export function measureOf(choice: MeasureChoice): Measure {
  if (choice.period === 'horizon') return choice.discounted ? 'horizon' : 'horizonUndiscounted';
  return choice.discounted ? 'shortTerm' : 'shortTermUndiscounted';
}

/** The months a period covers in a run. */
export function monthsOf(
  period: Period,
  settings: { horizonMonths: number; shortTermMonths: number },
): number {
  return period === 'horizon' ? settings.horizonMonths : settings.shortTermMonths;
}
