import type { Scenario } from '../model/scenario';
import type { Session } from '../model/session';

/** A session with nobody, no estimates and no open questions (what a scenario without one has). */
export const EMPTY_SESSION: Session = Object.freeze({
  participants: [],
  estimates: [],
  parkingLot: [],
}) as Session;

/** The scenario's session, or an empty one. */
export function sessionOf(s: Scenario): Session {
  return s.session ?? EMPTY_SESSION;
}

/**
 * The scenario with its session replaced by `change(session)`; the same scenario when nothing
 * changed (so that an edit that changes nothing records no undo step).
 */
export function withSession(s: Scenario, change: (session: Session) => Session): Scenario {
  const before = sessionOf(s);
  const after = change(before);
  return after === before ? s : { ...s, session: after };
}
