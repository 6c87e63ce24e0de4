import { describe, expect, it } from 'vitest';
import { SaveSchedule, type Timers } from '../../../src/lib/store/save-schedule';

/** Timers on a hand-moved clock. */
function fakeTimers() {
  let now = 0;
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
  return { timers, advance };
}

describe('SaveSchedule', () => {
  it('saves 300 ms after the last change', () => {
    const { timers, advance } = fakeTimers();
    let saves = 0;
    const s = new SaveSchedule(() => saves++, timers);
    s.changed();
    advance(200);
    s.changed();
    advance(299);
    expect(saves).toBe(0);
    advance(1);
    expect(saves).toBe(1);
    expect(s.pending).toBe(false);
  });

  it('saves at most 2 s after the first unsaved change while changes go on', () => {
    const { timers, advance } = fakeTimers();
    const at: number[] = [];
    const s = new SaveSchedule(() => at.push(timers.now()), timers);
    for (let t = 0; t < 5000; t += 100) {
      s.changed();
      advance(100);
    }
    expect(at[0]).toBe(2000);
    expect(at[1]).toBe(4000);
  });

  it('flush saves at once, and only when something waits', () => {
    const { timers, advance } = fakeTimers();
    let saves = 0;
    const s = new SaveSchedule(() => saves++, timers);
    s.flush();
    expect(saves).toBe(0);
    s.changed();
    s.flush();
    expect(saves).toBe(1);
    advance(1000);
    expect(saves).toBe(1);
  });
});
