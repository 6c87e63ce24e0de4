import { uniqueIdAmong } from '../edit/unique-id';
import type { ParkingLotItem } from '../model/session';
import type { Scenario } from '../model/scenario';
import { sessionOf, withSession } from './session-of';

/** Longest question kept (the schema's limit). */
export const MAX_QUESTION_LENGTH = 2000;

/** The scenario with an open question added to the parking lot (null when the text is empty). */
export function addParkingLotItem(
  s: Scenario,
  text: string,
  now: Date,
): { scenario: Scenario; id: string } | null {
  const clean = text.trim().slice(0, MAX_QUESTION_LENGTH);
  if (!clean) return null;
  const id = uniqueIdAmong(new Set(sessionOf(s).parkingLot.map((q) => q.id)), '', 'question');
  const item: ParkingLotItem = { id, text: clean, createdAt: now.toISOString() };
  return { scenario: withSession(s, (x) => ({ ...x, parkingLot: [...x.parkingLot, item] })), id };
}

/** The question `id` marked resolved (or open again). */
export function setParkingLotResolved(s: Scenario, id: string, resolved: boolean): Scenario {
  return withSession(s, (x) => {
    const i = x.parkingLot.findIndex((q) => q.id === id);
    const item = x.parkingLot[i];
    if (!item || (item.resolved ?? false) === resolved) return x;
    const { resolved: _was, ...rest } = item;
    const next: ParkingLotItem = resolved ? { ...rest, resolved: true } : rest;
    return { ...x, parkingLot: x.parkingLot.map((q, k) => (k === i ? next : q)) };
  });
}

/** The scenario without the question `id`. */
export function deleteParkingLotItem(s: Scenario, id: string): Scenario {
  return withSession(s, (x) =>
    x.parkingLot.some((q) => q.id === id) ? { ...x, parkingLot: x.parkingLot.filter((q) => q.id !== id) } : x,
  );
}

/** How many questions of the parking lot are still open. */
export function openQuestions(s: Scenario): number {
  return sessionOf(s).parkingLot.filter((q) => !q.resolved).length;
}
