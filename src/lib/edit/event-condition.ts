import type { PathId } from '../model/path';
import { eventSites, type EventSite } from '../model/quantity-fields';
import type { Scenario } from '../model/scenario';
import type { HolderRef } from './place';
import { updateEvent } from './update-event';

/**
 * Events that `eventId` can be made conditional on ("only if X happened"): the other events of
 * the same path, except those that already depend on it (directly or through others), which
 * would make a cycle.
 */
export function conditionCandidates(s: Scenario, path: PathId, eventId: string): EventSite[] {
  const sites = eventSites(s).filter((x) => x.pathId === path);
  const afterOf = new Map(sites.map((x) => [x.event.id, x.event.after]));
  const dependsOnIt = (id: string): boolean => {
    const seen = new Set<string>();
    for (let cur: string | undefined = id; cur !== undefined && !seen.has(cur); cur = afterOf.get(cur)) {
      if (cur === eventId) return true;
      seen.add(cur);
    }
    return false;
  };
  return sites.filter((x) => x.event.id !== eventId && !dependsOnIt(x.event.id));
}

/** The scenario with the event's condition set to `after` (an event id), or removed (undefined). */
export function setCondition(
  s: Scenario,
  at: HolderRef,
  eventId: string,
  after: string | undefined,
): Scenario {
  return updateEvent(s, at, eventId, (e) => {
    if (e.after === after) return e;
    if (after === undefined) {
      const { after: _drop, ...rest } = e;
      return rest;
    }
    return { ...e, after };
  });
}
