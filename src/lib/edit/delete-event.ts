import type { Scenario } from '../model/scenario';
import { eventSites } from '../model/quantity-fields';
import { mapEvents, type HolderRef } from './place';

/**
 * Document paths of the events (same path) that can only happen after the event `id`: their
 * `after` field points at it.
 */
export function eventDependents(s: Scenario, at: HolderRef, id: string): string[] {
  return eventSites(s)
    .filter((x) => x.pathId === at.path && x.event.after === id)
    .map((x) => `${x.path}.after`);
}

/**
 * The scenario without the event `id` (and its consequence steps) of the path or branch `at`.
 * Events that could only happen after it keep their condition: dropping it silently would make
 * them unconditional, so validation reports the dangling reference next to the field instead
 * (see `eventDependents`), and the user decides (or undoes).
 */
export function deleteEvent(s: Scenario, at: HolderRef, id: string): Scenario {
  return mapEvents(s, at, (events) => {
    const i = events.findIndex((e) => e.id === id);
    return i < 0 ? events : events.filter((_, k) => k !== i);
  });
}
