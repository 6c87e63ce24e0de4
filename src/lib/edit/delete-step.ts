import type { Scenario } from '../model/scenario';
import { stepSites } from '../model/quantity-fields';
import { mapHolders, mapSteps, type StepListRef } from './place';

/**
 * The scenario without the step `id` of the list `at`. Events of the same path that ended it
 * no longer list it (there is nothing left to end), unless another step of that path still has
 * the id.
 */
export function deleteStep(s: Scenario, at: StepListRef, id: string): Scenario {
  const out = mapSteps(s, at, (steps) => {
    const i = steps.findIndex((x) => x.id === id);
    return i < 0 ? steps : steps.filter((_, k) => k !== i);
  });
  if (out === s) return s;
  if (stepSites(out).some((x) => x.pathId === at.path && x.step.id === id)) return out;
  return mapHolders(out, at.path, (h) => {
    let any = false;
    const events = h.events.map((e) => {
      if (!e.ends.includes(id)) return e;
      any = true;
      return { ...e, ends: e.ends.filter((x) => x !== id) };
    });
    return any ? { ...h, events } : h;
  });
}
