import { stepsWithPlace } from '../edit/step-by-id';
import type { PathId } from '../model/path';
import type { Quantity } from '../model/quantity';
import type { Scenario } from '../model/scenario';
import { updateEventOnPath } from './event-on-path';
import { nudgeQuantity, type NudgeRefusal } from './nudge-quantity';
import { updateStepOnPath } from './step-on-path';
import { scheduleOf } from './timeline-schedule';

/** What a keyboard edit on the timeline changes. */
export type TimelineChange = 'start' | 'duration' | 'onset';

/** Why an edit was not made: see NudgeRefusal; `missing`: no such item on the path; `runs-with-event`: see nudgeStep. */
export type TimelineRefusal = NudgeRefusal | 'missing' | 'runs-with-event';

export type TimelineEditResult = { ok: true; scenario: Scenario } | { ok: false; reason: TimelineRefusal };

/**
 * The scenario with a step's start or duration on one path moved by `delta` months (see
 * nudgeQuantity). A step without a duration gets one: the length the timeline shows (0 for a
 * one-off) plus `delta`. A consequence without a duration runs as long as its event: giving it
 * a fixed one would change what it means, so that is refused (`runs-with-event`). A plain
 * duration of a step with a monthly cost stays at least 1 month (validation requires it).
 */
export function nudgeStep(
  s: Scenario,
  path: PathId,
  stepId: string,
  change: 'start' | 'duration',
  delta: number,
): TimelineEditResult {
  let found = null;
  for (const x of stepsWithPlace(s)) if (x.place.path === path && x.step.id === stepId) found = x.step;
  if (!found) return { ok: false, reason: 'missing' };
  const step = found;
  let q: Quantity;
  let min = 0;
  if (change === 'start') q = step.start;
  else {
    const shown = scheduleOf(s, path).steps.find((x) => x.step.id === stepId);
    if (step.duration === undefined && shown?.runsWithEvent) return { ok: false, reason: 'runs-with-event' };
    q = step.duration ?? (shown ? shown.end - shown.start : 0);
    const monthly =
      step.monthlyCost !== undefined || step.hoursPerMonth !== undefined || step.price?.basis === 'monthly';
    if (monthly && typeof q === 'number') min = 1;
  }
  const r = nudgeQuantity(q, delta, min);
  if (!r.ok) return r;
  return { ok: true, scenario: updateStepOnPath(s, path, stepId, (st) => ({ ...st, [change]: r.value })) };
}

/** The scenario with an event's onset on one path moved by `delta` months (relative to `after`, if any). */
export function nudgeEventOnset(
  s: Scenario,
  path: PathId,
  eventId: string,
  delta: number,
): TimelineEditResult {
  const p = s.paths[path];
  const event = [...p.events, ...p.branches.flatMap((b) => b.events)].find((e) => e.id === eventId);
  if (!event) return { ok: false, reason: 'missing' };
  const r = nudgeQuantity(event.onset, delta, 0);
  if (!r.ok) return r;
  return { ok: true, scenario: updateEventOnPath(s, path, eventId, (e) => ({ ...e, onset: r.value })) };
}
