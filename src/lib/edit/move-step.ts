import type { Scenario } from '../model/scenario';
import { moveItem } from './move-item';
import { mapSteps, type StepListRef } from './place';

/** The scenario with the step at `from` of the list `at` moved to `to` (reordering only). */
export function moveStep(s: Scenario, at: StepListRef, from: number, to: number): Scenario {
  return mapSteps(s, at, (steps) => moveItem(steps, from, to));
}
