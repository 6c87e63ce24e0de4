import type { PathId } from '../model/path';
import { stepSites, type StepSite } from '../model/quantity-fields';
import type { Scenario } from '../model/scenario';
import type { HolderRef } from './place';
import { updateEvent } from './update-event';

/**
 * Steps the event `eventId` can end: every step of the same path (its own steps, its branches'
 * steps, other events' consequences), but not the event's own consequences.
 */
export function endableSteps(s: Scenario, path: PathId, eventId: string): StepSite[] {
  const seen = new Set<string>();
  return stepSites(s).filter((x) => {
    if (x.pathId !== path || x.event?.id === eventId || seen.has(x.step.id)) return false;
    seen.add(x.step.id);
    return true;
  });
}

/** The scenario with the step `stepId` added to (on) or removed from (off) the event's `ends`. */
export function setEnds(s: Scenario, at: HolderRef, eventId: string, stepId: string, on: boolean): Scenario {
  return updateEvent(s, at, eventId, (e) => {
    const has = e.ends.includes(stepId);
    if (has === on) return e;
    return { ...e, ends: on ? [...e.ends, stepId] : e.ends.filter((x) => x !== stepId) };
  });
}
