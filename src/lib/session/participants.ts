import { uniqueIdAmong } from '../edit/unique-id';
import type { Participant } from '../model/session';
import type { Scenario } from '../model/scenario';
import { sessionOf, withSession } from './session-of';

/** Longest name kept (the schema's limit). */
export const MAX_NAME_LENGTH = 100;

/**
 * The scenario with a new session participant. Ids are numbered (`participant-1`, ...) rather
 * than made from the name, so that a name can change without touching the answers. Null when
 * the name is empty.
 */
export function addParticipant(
  s: Scenario,
  name: string,
  role?: Participant['role'],
): { scenario: Scenario; id: string } | null {
  const clean = name.trim().slice(0, MAX_NAME_LENGTH);
  if (!clean) return null;
  const taken = new Set(sessionOf(s).participants.map((p) => p.id));
  const id = uniqueIdAmong(taken, '', 'participant');
  const participant: Participant = role ? { id, name: clean, role } : { id, name: clean };
  return {
    scenario: withSession(s, (x) => ({ ...x, participants: [...x.participants, participant] })),
    id,
  };
}

/** How many answers the participant `id` has given in this session. */
export function answersBy(s: Scenario, id: string): number {
  return sessionOf(s).estimates.reduce(
    (n, e) => n + e.answers.filter((a) => a.participantId === id).length,
    0,
  );
}

/**
 * The scenario without the participant `id` and without their answers (an answer must say who
 * gave it; the removal is one undo step, so the answers come back with them).
 */
export function removeParticipant(s: Scenario, id: string): Scenario {
  return withSession(s, (x) => {
    if (!x.participants.some((p) => p.id === id)) return x;
    return {
      ...x,
      participants: x.participants.filter((p) => p.id !== id),
      estimates: x.estimates.map((e) =>
        e.answers.some((a) => a.participantId === id)
          ? { ...e, answers: e.answers.filter((a) => a.participantId !== id) }
          : e,
      ),
    };
  });
}
