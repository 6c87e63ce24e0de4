import type { PathId } from '../model/path';
import { eventSites, type EventSite } from '../model/quantity-fields';
import type { Scenario } from '../model/scenario';
import type { HolderRef } from './place';
import { updateEvent } from './update-event';

/**
 * Events that `eventId` can be made conditional on ("only if X happened"): the other events of
 * the same path that validation accepts as a condition, i.e. events on the path itself, and for
 * an event of a branch also the events of that same branch (an event of another branch never
 * happens with this one), except those that already depend on it (directly or through others),
 * which would make a cycle.
 */
export function conditionCandidates(s: Scenario, path: PathId, eventId: string): EventSite[] {
  const sites = eventSites(s).filter((x) => x.pathId === path);
  const own = sites.find((x) => x.event.id === eventId);
  const afterOf = new Map(sites.map((x) => [x.event.id, x.event.after]));
  const dependsOnIt = (id: string): boolean => {
    const seen = new Set<string>();
    for (let cur: string | undefined = id; cur !== undefined && !seen.has(cur); cur = afterOf.get(cur)) {
      if (cur === eventId) return true;
      seen.add(cur);
    }
    return false;
  };
  return sites.filter(
    (x) =>
      x.event.id !== eventId &&
      (x.branch === undefined || x.branch === own?.branch) &&
      !dependsOnIt(x.event.id),
  );
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
