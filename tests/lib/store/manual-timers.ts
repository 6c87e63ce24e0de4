import type { Timers } from '../../../src/lib/store/save-schedule';

/** Timers on a hand-moved clock (IndexedDB itself keeps running on real time). */
export function manualTimers(start = 1_700_000_000_000) {
  let now = start;
  let next = 1;
  const due = new Map<number, { at: number; f: () => void }>();
  const timers: Timers = {
    now: () => now,
    setTimeout: (f, ms) => {
      due.set(next, { at: now + ms, f });
      return next++;
    },
    clearTimeout: (h) => due.delete(h as number),
  };
  /** Move the clock, running what falls due. */
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const first = [...due.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      if (!first || first[1].at > end) break;
      now = first[1].at;
      due.delete(first[0]);
      first[1].f();
    }
    now = end;
  };
  return { timers, advance, pending: () => due.size };
}

/** Wait until `cond` holds (IndexedDB and BroadcastChannel work on real time). */
export async function until(cond: () => boolean, what: string, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
