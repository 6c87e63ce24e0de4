import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveRuns } from '../../../src/lib/state/live-runs';
import { newScenario } from '../../../src/lib/model/new-scenario';

describe('live runs', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const a = newScenario('a', 'A');
  const b = newScenario('b', 'B');

  it('run the last edited scenario once, after the quiet period', () => {
    const started: string[] = [];
    const live = new LiveRuns((s) => started.push(s.id), 400);
    live.edited(a);
    vi.advanceTimersByTime(300);
    live.edited(b);
    vi.advanceTimersByTime(399);
    expect(started).toEqual([]);
    expect(live.pending).toBe(true);
    vi.advanceTimersByTime(1);
    expect(started).toEqual(['b']);
    expect(live.pending).toBe(false);
  });

  it('schedule nothing for a scenario that cannot run, and drop a waiting run on cancel', () => {
    const started: string[] = [];
    const live = new LiveRuns((s) => started.push(s.id), 400);
    live.edited(a);
    live.edited(null);
    vi.advanceTimersByTime(1000);
    live.edited(b);
    live.cancel();
    vi.advanceTimersByTime(1000);
    expect(started).toEqual([]);
  });
});
