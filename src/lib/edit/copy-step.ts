import { eventSites, stepSites } from '../model/quantity-fields';
import type { Scenario } from '../model/scenario';
import { addStep } from './add-step';
import { otherPath, stepListAt, type HolderRef, type StepListRef } from './place';
import { uniqueId } from './unique-id';

/** The ids of every step, event and branch of one path (validation's uniqueness rule is per path). */
function pathItemIds(s: Scenario, path: 'pilot' | 'reference'): Set<string> {
  const ids = new Set<string>();
  for (const x of stepSites(s)) if (x.pathId === path) ids.add(x.step.id);
  for (const x of eventSites(s)) if (x.pathId === path) ids.add(x.event.id);
  for (const b of s.paths[path].branches) ids.add(b.id);
  return ids;
}

/**
 * Copy the step `id` of the list `at` to the other path's own steps (or to `to`). The copy keeps
 * its id when no step, event or branch of the target path has it, so both paths share the step's
 * random draws (common random numbers: the simulation keys draws by id); only on a clash within
 * the target path does it get a new id unique in the whole scenario (`id-2`, ...). A consequence
 * step becomes an ordinary step, its start now counted from the path's start. Returns null when
 * there is no such step.
 */
export function copyStepToOtherPath(
  s: Scenario,
  at: StepListRef,
  id: string,
  to: HolderRef = { path: otherPath(at.path) },
): { scenario: Scenario; id: string } | null {
  const step = stepListAt(s, at)?.find((x) => x.id === id);
  if (!step) return null;
  const newId = pathItemIds(s, to.path).has(step.id) ? uniqueId(s, step.id, 'step') : step.id;
  return { scenario: addStep(s, to, { ...step, id: newId }), id: newId };
}
