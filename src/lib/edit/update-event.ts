import type { RiskEvent } from '../model/risk-event';
import type { Scenario } from '../model/scenario';
import { mapEvent, type HolderRef } from './place';

/** The scenario with the event `id` of the path or branch `at` replaced by `change(event)`. */
export function updateEvent(
  s: Scenario,
  at: HolderRef,
  id: string,
  change: (e: RiskEvent) => RiskEvent,
): Scenario {
  return mapEvent(s, at, id, change);
}
