import type { Scenario } from '../model/scenario';
import type { Step } from '../model/step';
import { mapSteps, replaceFirst, type StepListRef } from './place';

/**
 * The scenario with the step `id` of the list `at` replaced by `change(step)`. Scoped to that
 * list: the same id may be used on the other path on purpose (common random numbers).
 */
export function updateStep(s: Scenario, at: StepListRef, id: string, change: (step: Step) => Step): Scenario {
  return mapSteps(s, at, (steps) => replaceFirst(steps, (x) => x.id === id, change));
}

/** A step with `field` set to `value`, or removed when `value` is undefined. */
export function withField<T extends object, K extends keyof T>(
  item: T,
  field: K,
  value: T[K] | undefined,
): T {
  if (value === undefined) {
    if (!(field in item)) return item;
    const out = { ...item };
    delete out[field];
    return out;
  }
  if (item[field] === value) return item;
  return { ...item, [field]: value };
}
