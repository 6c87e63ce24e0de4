import { mapEvent } from '../edit/place';
import { updateParameter } from '../edit/update-parameter';
import { eventSites } from '../model/quantity-fields';
import type { Quantity } from '../model/quantity';
import type { Scenario } from '../model/scenario';
import type { EstimateTarget } from '../model/session';
import { poolAnswers } from './pool-estimates';
import { mapEstimate } from './estimates';
import { sessionOf } from './session-of';

/** The scenario with the target's probability (an event's, or a parameter's value) set to `q`. */
export function setTargetValue(s: Scenario, target: EstimateTarget, q: Quantity): Scenario {
  if ('parameterId' in target) return updateParameter(s, target.parameterId, (p) => ({ ...p, value: q }));
  const site = eventSites(s).find((x) => x.pathId === target.pathId && x.event.id === target.eventId);
  if (!site) return s;
  return mapEvent(s, { path: target.pathId, branch: site.branch?.id }, target.eventId, (e) => ({
    ...e,
    probability: q,
  }));
}

/**
 * "Use this in the model": the target of estimate `id` takes the pooled answers (a beta by mean
 * and sd, or a number when everyone said the same), and the estimate records when. The same
 * scenario when there are no answers or the target is gone.
 */
export function applyEstimate(s: Scenario, id: string, now: Date): Scenario {
  const estimate = sessionOf(s).estimates.find((e) => e.id === id);
  const pooled = estimate && poolAnswers(estimate.answers);
  if (!estimate || !pooled) return s;
  const changed = setTargetValue(s, estimate.target, pooled.quantity);
  if (changed === s && !targetExists(s, estimate.target)) return s;
  return mapEstimate(changed, id, (e) => ({ ...e, appliedAt: now.toISOString() }));
}

function targetExists(s: Scenario, target: EstimateTarget): boolean {
  if ('parameterId' in target) return s.parameters.some((p) => p.id === target.parameterId);
  return eventSites(s).some((x) => x.pathId === target.pathId && x.event.id === target.eventId);
}
