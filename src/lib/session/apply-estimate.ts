import { mapEvent } from '../edit/place';
import { updateParameter } from '../edit/update-parameter';
import { eventSites } from '../model/quantity-fields';
import type { Quantity } from '../model/quantity';
import type { Scenario } from '../model/scenario';
import type { EstimateTarget } from '../model/session';
import { resolveTarget } from './estimate-targets';
import { poolAnswers, type PooledEstimate } from './pool-estimates';
import { mapEstimate } from './estimates';
import { sessionOf } from './session-of';
import { sessionSourceNote } from './session-source';

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
 * A parameter that takes the group's estimate records it: its source note says it came from the
 * group session (session-source.ts, with the earlier note after it), its year is the session's
 * year, and it is no longer marked an illustrative assumption. The number is now a recorded
 * expert judgement (SHELF: who said what and why is kept in the session), which the source note
 * says in so many words, so nobody takes it for data.
 */
function recordOnParameter(s: Scenario, id: string, pooled: PooledEstimate, now: Date): Scenario {
  return updateParameter(s, id, (p) => ({
    ...p,
    value: pooled.quantity,
    source: sessionSourceNote(p.source, pooled.answers, typeof pooled.quantity !== 'number', now),
    year: now.getUTCFullYear(),
    assumption: false,
  }));
}

/**
 * "Use this in the model": the target of estimate `id` takes the pooled answers (a beta by mean
 * and sd, or a number when everyone said the same), and the estimate records when. An event
 * whose probability is one parameter passes the estimate on to that parameter (see
 * estimate-targets.ts), which records where its number came from. The same scenario when there
 * are no answers or the target is gone. What the room should confirm first (a formula or the
 * spread that is replaced) is in apply-warnings.ts; this function does not ask.
 */
export function applyEstimate(s: Scenario, id: string, now: Date): Scenario {
  const estimate = sessionOf(s).estimates.find((e) => e.id === id);
  const pooled = estimate && poolAnswers(estimate.answers);
  if (!estimate || !pooled) return s;
  const target = resolveTarget(s, estimate.target);
  if (!targetExists(s, target)) return s;
  const changed =
    'parameterId' in target
      ? recordOnParameter(s, target.parameterId, pooled, now)
      : setTargetValue(s, target, pooled.quantity);
  return mapEstimate(changed, id, (e) => ({ ...e, appliedAt: now.toISOString() }));
}

function targetExists(s: Scenario, target: EstimateTarget): boolean {
  if ('parameterId' in target) return s.parameters.some((p) => p.id === target.parameterId);
  return eventSites(s).some((x) => x.pathId === target.pathId && x.event.id === target.eventId);
}
