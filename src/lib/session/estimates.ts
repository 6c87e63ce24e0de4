import { uniqueIdAmong } from '../edit/unique-id';
import type { LocalText } from '../model/local-text';
import type { Scenario } from '../model/scenario';
import type { Estimate, EstimateAnswer, EstimateTarget } from '../model/session';
import { resolveTarget, sameTarget } from './estimate-targets';
import { sessionOf, withSession } from './session-of';

/** Change the estimate `id` (the same scenario when there is none or nothing changed). */
export function mapEstimate(s: Scenario, id: string, change: (e: Estimate) => Estimate): Scenario {
  return withSession(s, (x) => {
    const i = x.estimates.findIndex((e) => e.id === id);
    const before = x.estimates[i];
    if (!before) return x;
    const after = change(before);
    return after === before ? x : { ...x, estimates: x.estimates.map((e, k) => (k === i ? after : e)) };
  });
}

/**
 * The session's estimate of this target, if the group has started one. Targets are compared
 * where they lead now, so an estimate of an event whose probability is a parameter is the
 * estimate of that parameter.
 */
export function estimateFor(s: Scenario, target: EstimateTarget): Estimate | undefined {
  const where = resolveTarget(s, target);
  return sessionOf(s).estimates.find((e) => sameTarget(resolveTarget(s, e.target), where));
}

/**
 * The scenario with a new estimate (a contested risk the group answers one by one). One estimate
 * per target: asking again about the same target returns the one there is.
 */
export function addEstimate(
  s: Scenario,
  target: EstimateTarget,
  question?: LocalText,
): { scenario: Scenario; id: string } {
  const existing = estimateFor(s, target);
  if (existing) return { scenario: s, id: existing.id };
  const id = uniqueIdAmong(new Set(sessionOf(s).estimates.map((e) => e.id)), '', 'estimate');
  const estimate: Estimate =
    question === undefined ? { id, target, answers: [] } : { id, target, question, answers: [] };
  return { scenario: withSession(s, (x) => ({ ...x, estimates: [...x.estimates, estimate] })), id };
}

/** The scenario without the estimate `id` (and its answers). */
export function removeEstimate(s: Scenario, id: string): Scenario {
  return withSession(s, (x) =>
    x.estimates.some((e) => e.id === id) ? { ...x, estimates: x.estimates.filter((e) => e.id !== id) } : x,
  );
}

const sameAnswer = (a: EstimateAnswer, b: EstimateAnswer) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The estimate with this participant's answer: it replaces their earlier one (one answer each,
 * kept in the order people first answered).
 */
export function setAnswer(s: Scenario, estimateId: string, answer: EstimateAnswer): Scenario {
  return mapEstimate(s, estimateId, (e) => {
    const i = e.answers.findIndex((a) => a.participantId === answer.participantId);
    if (i < 0) return { ...e, answers: [...e.answers, answer] };
    if (sameAnswer(e.answers[i]!, answer)) return e;
    return { ...e, answers: e.answers.map((a, k) => (k === i ? answer : a)) };
  });
}

/** The estimate without this participant's answer. */
export function removeAnswer(s: Scenario, estimateId: string, participantId: string): Scenario {
  return mapEstimate(s, estimateId, (e) =>
    e.answers.some((a) => a.participantId === participantId)
      ? { ...e, answers: e.answers.filter((a) => a.participantId !== participantId) }
      : e,
  );
}
