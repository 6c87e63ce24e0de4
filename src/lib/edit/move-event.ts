import type { Scenario } from '../model/scenario';
import { moveItem } from './move-item';
import { mapEvents, type HolderRef } from './place';

/** The scenario with the event at `from` of the path or branch `at` moved to `to`. */
export function moveEvent(s: Scenario, at: HolderRef, from: number, to: number): Scenario {
  return mapEvents(s, at, (events) => moveItem(events, from, to));
}
