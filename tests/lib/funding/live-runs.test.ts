import { describe, expect, it } from 'vitest';
import { LiveRuns, type LiveClock } from '../../../src/lib/funding/live-runs';

/** A hand-driven clock: timers fire when the test advances time. */
function fakeClock() {
  let now = 0;
  let timers: Array<{ at: number; fn: () => void; id: number }> = [];
  let nextId = 1;
  const clock: LiveClock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advance = async (ms: number) => {
    now += ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= now);
      if (!due.length) break;
      timers = timers.filter((t) => t.at > now);
      for (const t of due) t.fn();
    }
    await flush();
  };
  return { clock, advance };
}
const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

/** Runs the test settles by hand; each records the value it was asked for. */
function runs() {
  const started: number[] = [];
  const finish: Array<() => void> = [];
  const run = (v: number) => () =>
    new Promise<void>((resolve) => {
      started.push(v);
      finish.push(resolve);
    });
  return { started, finish, run };
}

describe('LiveRuns', () => {
  it('runs the first request at once', async () => {
    const { clock } = fakeClock();
    const live = new LiveRuns(100, clock);
    const r = runs();
    live.request(r.run(1));
    await flush();
    expect(r.started).toEqual([1]);
    expect(live.running).toBe(true);
  });

  it('during a run, keeps only the latest request and runs it when the run ends: a drag updates and ends on its last value', async () => {
    const { clock, advance } = fakeClock();
    const live = new LiveRuns(100, clock);
    const r = runs();
    live.request(r.run(1));
    for (let v = 2; v <= 6; v++) live.request(r.run(v)); // the slider keeps moving
    await advance(150);
    expect(r.started).toEqual([1]); // the first still runs: nothing aborted, nothing started
    expect(live.pending).toBe(true);
    r.finish[0]!();
    await flush();
    expect(r.started).toEqual([1, 6]); // the trailing run has the last value
    r.finish[1]!();
    await flush();
    expect(live.running || live.pending).toBe(false);
  });

  it('starts no two runs closer than the interval, even when each ends at once', async () => {
    const { clock, advance } = fakeClock();
    const live = new LiveRuns(100, clock);
    const r = runs();
    live.request(r.run(1));
    r.finish[0]!();
    await flush();
    live.request(r.run(2));
    await advance(50);
    expect(r.started).toEqual([1]); // 50 ms after the first start
    await advance(50);
    expect(r.started).toEqual([1, 2]); // at 100 ms
  });

  it('cancel drops a waiting request', async () => {
    const { clock, advance } = fakeClock();
    const live = new LiveRuns(100, clock);
    const r = runs();
    live.request(r.run(1));
    live.request(r.run(2));
    live.cancel();
    r.finish[0]!();
    await advance(200);
    expect(r.started).toEqual([1]);
  });

  it('a run that fails does not stop the next one', async () => {
    const { clock, advance } = fakeClock();
    const live = new LiveRuns(10, clock);
    const seen: number[] = [];
    live.request(() => Promise.reject(new Error('worker stopped')));
    live.request(() => {
      seen.push(2);
      return Promise.resolve();
    });
    await advance(20);
    expect(seen).toEqual([2]);
  });
});
