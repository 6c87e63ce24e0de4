import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/lib/model/scenario';
import { RunCancelled, RunStalled, SimulationFailed } from '../../../src/lib/sim/run-errors';
import type { PoolRun, PoolRunOptions } from '../../../src/lib/sim/run-pool';
import { runInline } from '../../../src/lib/sim/run-inline';
import { summarizeRun } from '../../../src/lib/sim/summarize';
import { PROGRESS_INTERVAL_MS, SimulationState, type Runner } from '../../../src/lib/state/simulation.svelte';
import { scenario, step } from '../../helpers/scenario';

interface Call {
  scenario: Scenario;
  options: PoolRunOptions;
  resolve: (run: PoolRun) => void;
  reject: (e: unknown) => void;
}

/**
 * A runner whose runs end when the test says so. Like the real pool it rejects with RunCancelled
 * when the run's signal aborts, unless `honourAbort` is false (a run that finishes anyway).
 */
function fakeRunner(honourAbort = true) {
  const calls: Call[] = [];
  const runner: Runner = {
    run(sc, options) {
      return new Promise<PoolRun>((resolve, reject) => {
        calls.push({ scenario: sc, options, resolve, reject });
        if (honourAbort) options.signal?.addEventListener('abort', () => reject(new RunCancelled()));
      });
    },
  };
  return { runner, calls };
}

/** A clock the test moves by hand. */
function fakeClock(start = 1000) {
  const clock = { t: start, now: () => clock.t };
  return clock;
}

const s = scenario(
  {
    pilot: { steps: [step('coach', { monthlyCost: { dist: 'uniform', min: 100, max: 200 }, duration: 6 })] },
  },
  { settings: { horizonMonths: 24, iterations: 300, seed: 42 } },
);

/** A real (small) run result, as a pool would give it. */
function poolRun(seed: number): PoolRun {
  const data = runInline(s, { iterations: 300, seed });
  return { data, summary: summarizeRun(s, data, seed) };
}

describe('SimulationState', () => {
  it('starts idle, without progress, result or problem', () => {
    const state = new SimulationState(fakeRunner().runner);
    expect(state.status).toBe('idle');
    expect(state.running).toBe(false);
    expect(state.progress).toBe(0);
    expect(state.result).toBeNull();
    expect(state.problem).toBeNull();
  });

  it('goes from idle to running to done, with the result and progress 1', async () => {
    const { runner, calls } = fakeRunner();
    const state = new SimulationState(runner, fakeClock().now);
    const started = state.start(s);
    expect(state.status).toBe('running');
    expect(state.running).toBe(true);
    expect(state.progress).toBe(0);

    const run = poolRun(42);
    calls[0]!.resolve(run);
    await started;
    expect(state.status).toBe('done');
    expect(state.running).toBe(false);
    expect(state.progress).toBe(1);
    expect(state.result).toEqual({ runId: 1, scenario: s, summary: run.summary, data: run.data });
    expect(state.result?.summary).toBe(run.summary);
    expect(state.problem).toBeNull();
  });

  it('runs the scenario with its own iterations and seed, and asks for workers only when told', async () => {
    const { runner, calls } = fakeRunner();
    const state = new SimulationState(runner, fakeClock().now);
    const first = state.start(s);
    expect(calls[0]!.scenario).toBe(s);
    expect(calls[0]!.options).toMatchObject({ iterations: 300, seed: 42 });
    expect(calls[0]!.options).not.toHaveProperty('workers');
    expect(calls[0]!.options.signal?.aborted).toBe(false);
    calls[0]!.resolve(poolRun(42));
    await first;

    const second = state.start(s, { workers: 3 });
    expect(calls[1]!.options.workers).toBe(3);
    calls[1]!.resolve(poolRun(42));
    await second;
    expect(state.result?.runId).toBe(2);
  });

  it(`updates progress at most once per ${PROGRESS_INTERVAL_MS} ms however often the runner reports`, async () => {
    const clock = fakeClock(0);
    const { runner, calls } = fakeRunner();
    const state = new SimulationState(runner, clock.now);
    const started = state.start(s);
    const { onProgress } = calls[0]!.options;
    expect(onProgress).toBeTypeOf('function');

    // 100 reports, 10 ms apart, over 1 s.
    const seen: number[] = [];
    for (let k = 0; k < 100; k++) {
      clock.t = k * 10;
      onProgress!(k + 1, 1000);
      seen.push(state.progress);
    }
    const updates = seen.filter((p, k) => p !== (k === 0 ? 0 : seen[k - 1]));
    expect(updates).toEqual([1, 11, 21, 31, 41, 51, 61, 71, 81, 91].map((d) => d / 1000));

    // The last report (all done) always gets through, even within the interval.
    clock.t = 995;
    onProgress!(1000, 1000);
    expect(state.progress).toBe(1);

    calls[0]!.resolve(poolRun(42));
    await started;
  });

  it('drops a report that comes sooner than the interval after the last update', () => {
    const clock = fakeClock(500);
    const { runner, calls } = fakeRunner();
    const state = new SimulationState(runner, clock.now);
    void state.start(s);
    const report = calls[0]!.options.onProgress!;
    report(100, 1000);
    expect(state.progress).toBe(0.1);
    clock.t += PROGRESS_INTERVAL_MS - 1;
    report(200, 1000);
    expect(state.progress).toBe(0.1);
    clock.t += 1;
    report(300, 1000);
    expect(state.progress).toBe(0.3);
    state.cancel();
  });

  it('starts every run at progress 0 and lets its first report through at once', async () => {
    const clock = fakeClock(0);
    const { runner, calls } = fakeRunner();
    const state = new SimulationState(runner, clock.now);
    const first = state.start(s);
    calls[0]!.options.onProgress!(500, 1000);
    calls[0]!.resolve(poolRun(42));
    await first;

    clock.t = 10; // within the interval of the first run's last update
    const second = state.start(s);
    expect(state.progress).toBe(0);
    calls[1]!.options.onProgress!(250, 1000);
    expect(state.progress).toBe(0.25);
    calls[1]!.resolve(poolRun(42));
    await second;
  });

  it('never lets a superseded run set the result, the status or the progress, even when it ends last', async () => {
    const clock = fakeClock(0);
    const { runner, calls } = fakeRunner(false);
    const state = new SimulationState(runner, clock.now);
    const first = state.start(s);
    const second = state.start(s);
    expect(calls[0]!.options.signal?.aborted).toBe(true);
    expect(calls[1]!.options.signal?.aborted).toBe(false);

    const newer = poolRun(7);
    calls[1]!.resolve(newer);
    await second;
    expect(state.status).toBe('done');
    expect(state.result?.runId).toBe(2);

    clock.t = 10_000;
    calls[0]!.options.onProgress!(10, 1000);
    expect(state.progress).toBe(1);
    calls[0]!.resolve(poolRun(8));
    await first;
    expect(state.status).toBe('done');
    expect(state.result?.runId).toBe(2);
    expect(state.result?.data).toBe(newer.data);
  });

  it('ignores the failure of a superseded run that ends after the newer one', async () => {
    const { runner, calls } = fakeRunner(false);
    const state = new SimulationState(runner, fakeClock().now);
    const first = state.start(s);
    const second = state.start(s);
    calls[1]!.resolve(poolRun(42));
    await second;
    calls[0]!.reject(new SimulationFailed('out of memory'));
    await first;
    expect(state.status).toBe('done');
    expect(state.problem).toBeNull();
  });

  it('keeps a superseded run from ending the newer one while it is still running', async () => {
    const { runner, calls } = fakeRunner();
    const state = new SimulationState(runner, fakeClock().now);
    const first = state.start(s);
    const second = state.start(s);
    await first; // rejected with RunCancelled by the abort, but superseded: no effect
    expect(state.status).toBe('running');
    calls[1]!.resolve(poolRun(42));
    await second;
    expect(state.status).toBe('done');
  });

  it('gives status cancelled on cancel and keeps the previous result', async () => {
    const { runner, calls } = fakeRunner();
    const state = new SimulationState(runner, fakeClock().now);
    const first = state.start(s);
    calls[0]!.resolve(poolRun(42));
    await first;
    const previous = state.result;
    expect(previous).not.toBeNull();

    const second = state.start(s);
    state.cancel();
    await second;
    expect(calls[1]!.options.signal?.aborted).toBe(true);
    expect(state.status).toBe('cancelled');
    expect(state.result).toBe(previous);
    expect(state.problem).toBeNull();
  });

  it('does nothing on cancel when no run is under way', async () => {
    const { runner, calls } = fakeRunner();
    const state = new SimulationState(runner, fakeClock().now);
    state.cancel();
    expect(state.status).toBe('idle');
    const first = state.start(s);
    calls[0]!.resolve(poolRun(42));
    await first;
    state.cancel();
    expect(state.status).toBe('done');
  });

  it('gives status stalled with the seconds waited when the run stalls', async () => {
    const { runner, calls } = fakeRunner();
    const state = new SimulationState(runner, fakeClock().now);
    const started = state.start(s);
    calls[0]!.reject(new RunStalled(30_000));
    await started;
    expect(state.status).toBe('stalled');
    expect(state.problem).toEqual({ kind: 'stalled', seconds: 30 });
    expect(state.result).toBeNull();
  });

  it('gives status failed with the detail prefixed by the docPath when the simulation fails', async () => {
    const { runner, calls } = fakeRunner();
    const state = new SimulationState(runner, fakeClock().now);
    const started = state.start(s);
    calls[0]!.reject(new SimulationFailed('is not a number', 'paths.pilot.steps[0].monthlyCost'));
    await started;
    expect(state.status).toBe('failed');
    expect(state.problem).toEqual({
      kind: 'failed',
      detail: 'paths.pilot.steps[0].monthlyCost: is not a number',
    });
  });

  it('gives the bare detail of a failure without a docPath, and the message of any other error', async () => {
    const { runner, calls } = fakeRunner();
    const state = new SimulationState(runner, fakeClock().now);
    let started = state.start(s);
    calls[0]!.reject(new SimulationFailed('a worker stopped'));
    await started;
    expect(state.problem).toEqual({ kind: 'failed', detail: 'a worker stopped' });

    started = state.start(s);
    calls[1]!.reject(new TypeError('x is undefined'));
    await started;
    expect(state.status).toBe('failed');
    expect(state.problem).toEqual({ kind: 'failed', detail: 'x is undefined' });

    started = state.start(s);
    calls[2]!.reject('a string thrown');
    await started;
    expect(state.problem).toEqual({ kind: 'failed', detail: 'a string thrown' });
  });

  it('fails when the runner gives no summary', async () => {
    const { runner, calls } = fakeRunner();
    const state = new SimulationState(runner, fakeClock().now);
    const started = state.start(s);
    calls[0]!.resolve({ data: poolRun(42).data, summary: null });
    await started;
    expect(state.status).toBe('failed');
    expect(state.problem).toEqual({ kind: 'failed', detail: 'the run gave no summary' });
    expect(state.result).toBeNull();
  });

  it('clears the last problem when a new run starts', async () => {
    const { runner, calls } = fakeRunner();
    const state = new SimulationState(runner, fakeClock().now);
    const first = state.start(s);
    calls[0]!.reject(new RunStalled(30_000));
    await first;
    expect(state.problem).not.toBeNull();
    const second = state.start(s);
    expect(state.status).toBe('running');
    expect(state.problem).toBeNull();
    calls[1]!.resolve(poolRun(42));
    await second;
    expect(state.status).toBe('done');
  });

  it('clear() forgets the result and problem, and a run under way can no longer report', async () => {
    const { runner, calls } = fakeRunner(false);
    const state = new SimulationState(runner, fakeClock().now);
    const first = state.start(s);
    calls[0]!.resolve(poolRun(1));
    await first;
    expect(state.result).not.toBeNull();
    const second = state.start(s);
    state.clear();
    calls[1]!.resolve(poolRun(2)); // finishes anyway: must not show up
    await second;
    expect(state.status).toBe('idle');
    expect(state.result).toBeNull();
    expect(state.problem).toBeNull();
    expect(calls[1]!.options.signal?.aborted).toBe(true);
  });
});
