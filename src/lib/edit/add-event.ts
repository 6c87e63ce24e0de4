import type { RiskEvent } from '../model/risk-event';
import type { Scenario } from '../model/scenario';
import { mapEvents, type HolderRef } from './place';
import { slugId, uniqueId } from './unique-id';

/**
 * A new risk event labelled `label` (in `lang`), with a readable id unique in the whole scenario
 * (from the label, else `event-N`). It starts as an even chance at month 0, without
 * consequences, so the form shows the user what to fill in.
 */
export function newEvent(s: Scenario, label: string, lang: 'nl' | 'en'): RiskEvent {
  return {
    id: uniqueId(s, slugId(label), 'event'),
    label: { [lang]: label },
    kind: 'other',
    probability: 0.5,
    onset: 0,
    consequences: [],
    ends: [],
  };
}

/** The scenario with `event` added to the path or branch `at` (at `index`, default at the end). */
export function addEvent(s: Scenario, at: HolderRef, event: RiskEvent, index?: number): Scenario {
  return mapEvents(s, at, (events) => {
    const i = index === undefined ? events.length : Math.max(0, Math.min(events.length, index));
    return [...events.slice(0, i), event, ...events.slice(i)];
  });
}
