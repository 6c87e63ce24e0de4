import type { Scenario } from '../model/scenario';
import { addStep } from './add-step';
import { otherPath, stepListAt, type HolderRef, type StepListRef } from './place';
import { uniqueId } from './unique-id';

/**
 * Copy the step `id` of the list `at` to the other path's own steps (or to `to`), under a new
 * id unique in the whole scenario (`id-2`, ...). A consequence step becomes an ordinary step,
 * its start now counted from the path's start. Returns null when there is no such step.
 */
export function copyStepToOtherPath(
  s: Scenario,
  at: StepListRef,
  id: string,
  to: HolderRef = { path: otherPath(at.path) },
): { scenario: Scenario; id: string } | null {
  const step = stepListAt(s, at)?.find((x) => x.id === id);
  if (!step) return null;
  const newId = uniqueId(s, step.id, 'step');
  return { scenario: addStep(s, to, { ...step, id: newId }), id: newId };
}
