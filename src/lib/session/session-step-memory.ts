/**
 * The session step each scenario was at, kept for this browser tab (sessionStorage), so that a
 * reload reopens the session where the room was. Per scenario, since the facilitator may switch
 * cases; nothing is kept when storage is missing or refused (private modes, a full disk).
 */

/** What is used of `Storage` (so that tests can pass a Map-backed one). */
export interface StepStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const STEP_KEY_PREFIX = 'pathcost:session-step:';

export function stepKey(scenarioId: string): string {
  return `${STEP_KEY_PREFIX}${scenarioId}`;
}

/** The remembered step of this scenario (1 when there is none, or it is not a step 1..`steps`). */
export function readStep(store: StepStore | null, scenarioId: string, steps: number): number {
  try {
    const n = Number(store?.getItem(stepKey(scenarioId)) ?? '');
    return Number.isInteger(n) && n >= 1 && n <= steps ? n : 1;
  } catch {
    return 1;
  }
}

/** Remember the step (quietly nothing when storage refuses). */
export function writeStep(store: StepStore | null, scenarioId: string, step: number): void {
  try {
    store?.setItem(stepKey(scenarioId), String(step));
  } catch {
    // Storage full or blocked: the session simply opens at step 1 next time.
  }
}

/** The tab's sessionStorage, or null where there is none or reading it throws (blocked storage). */
export function tabStore(): StepStore | null {
  try {
    return (globalThis as { sessionStorage?: StepStore }).sessionStorage ?? null;
  } catch {
    return null;
  }
}
