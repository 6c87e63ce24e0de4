import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FromWorker, ToWorker } from '../../../src/lib/sim/protocol';
import { runInline } from '../../../src/lib/sim/run-inline';
import { CHUNK_SIZE } from '../../../src/lib/sim/run-layout';
import {
  RunCancelled,
  RunStalled,
  SimulationFailed,
  SimulationPool,
  type WorkerLike,
} from '../../../src/lib/sim/run-pool';
import { summarizeRun } from '../../../src/lib/sim/summarize';
import { handleWorkerMessage } from '../../../src/lib/sim/worker-handler';
import { scenario, step } from '../../helpers/scenario';
import { poolScenario, runBytes } from '../../helpers/pool';

/**
 * How a fake worker behaves: 'ok' answers like a real worker (through handleWorkerMessage, each
 * reply `delayMs` after the previous one), 'silent' never answers, 'crash' fires onerror.
 */
type Behaviour = 'ok' | 'silent' | 'crash';

interface FakeWorker extends WorkerLike {
  readonly index: number;
  readonly posted: ToWorker[];
  terminated: boolean;
}

/** A factory of in-process workers; `created` lists every worker it made, in order. */
function fakeWorkers(
  options: { delayMs?: (index: number) => number; behaviour?: (index: number) => Behaviour } = {},
) {
  const created: FakeWorker[] = [];
  const create = vi.fn((): WorkerLike => {
    const index = created.length;
    const delay = options.delayMs?.(index) ?? 1;
    const behaviour = options.behaviour?.(index) ?? 'ok';
    const w: FakeWorker = {
      index,
      posted: [],
      terminated: false,
      onmessage: null,
      onerror: null,
      terminate() {
        w.terminated = true;
      },
      postMessage(msg: ToWorker) {
        w.posted.push(msg);
        if (w.terminated || behaviour === 'silent') return;
        if (behaviour === 'crash') {
          setTimeout(() => w.onerror?.({ message: 'Uncaught RangeError: out of memory' }), delay);
          return;
        }
        const out: FromWorker[] = [];
        handleWorkerMessage(structuredClone(msg), (m) => out.push(m));
        out.forEach((m, k) =>
          setTimeout(
            () => {
              if (!w.terminated) w.onmessage?.({ data: m });
            },
            delay * (k + 1),
          ),
        );
      },
    };
    created.push(w);
    return w;
  });
  return { create, created };
}

/** Settles to the value or the error, so a rejection is handled at once (fake timers). */
const outcome = <T>(p: Promise<T>): Promise<{ value: T } | { error: unknown }> =>
  p.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );

const s = poolScenario;

/** 5 chunks: enough for 3 workers, dealt unevenly. */
const N = 4 * CHUNK_SIZE + 808;

afterEach(() => {
  vi.useRealTimers();
});

describe('SimulationPool', () => {
  it('refuses a pool without workers', () => {
    const { create } = fakeWorkers();
    expect(() => new SimulationPool(create, 0)).toThrow(RangeError);
  });

  it('returns the run data and a summary equal to summarizeRun on the inline run', async () => {
    const { create, created } = fakeWorkers();
    const pool = new SimulationPool(create, 2);
    const run = await pool.run(s, { iterations: N, seed: 3 });
    const inline = runInline(s, { iterations: N, seed: 3 });

    expect(runBytes(run.data)).toEqual(runBytes(inline));
    expect(run.summary).toEqual(summarizeRun(s, inline, 3));
    expect(run.summary?.reproducibility.iterations).toBe(N);
    // The summary was made by a worker, not on the caller's thread.
    expect(created[0]!.posted.map((m) => m.type)).toEqual(['run', 'summarize']);
    expect(created[1]!.posted.map((m) => m.type)).toEqual(['run']);
    pool.dispose();
  });

  it('skips the summary when the run asks not to summarise', async () => {
    const { create, created } = fakeWorkers();
    const pool = new SimulationPool(create, 2);
    const run = await pool.run(s, { iterations: N, seed: 3, summarize: false });
    expect(run.summary).toBeNull();
    expect(runBytes(run.data)).toEqual(runBytes(runInline(s, { iterations: N, seed: 3 })));
    expect(created.flatMap((w) => w.posted.map((m) => m.type))).not.toContain('summarize');
    pool.dispose();
  });

  it('reports progress after each merged chunk and ends at the number of iterations', async () => {
    const { create } = fakeWorkers();
    const pool = new SimulationPool(create, 1);
    const seen: Array<[number, number]> = [];
    await pool.run(s, { iterations: N, seed: 1, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([
      [CHUNK_SIZE, N],
      [2 * CHUNK_SIZE, N],
      [3 * CHUNK_SIZE, N],
      [4 * CHUNK_SIZE, N],
      [N, N],
    ]);
    pool.dispose();
  });

  it('keeps its workers between runs instead of starting new ones', async () => {
    const { create, created } = fakeWorkers();
    const pool = new SimulationPool(create, 2);
    const first = await pool.run(s, { iterations: N, seed: 5 });
    const second = await pool.run(s, { iterations: N, seed: 6 });
    const third = await pool.run(s, { iterations: N, seed: 5 });

    expect(create).toHaveBeenCalledTimes(2);
    expect(created.every((w) => !w.terminated)).toBe(true);
    expect(created.map((w) => w.posted.filter((m) => m.type === 'run').length)).toEqual([3, 3]);
    expect(runBytes(second.data)).toEqual(runBytes(runInline(s, { iterations: N, seed: 6 })));
    expect(runBytes(third.data)).toEqual(runBytes(first.data));
    pool.dispose();
    expect(created.every((w) => w.terminated)).toBe(true);
  });

  it('warm() starts defaultWorkers workers, at most the pool size, and never more than once', () => {
    const { create } = fakeWorkers();
    const pool = new SimulationPool(create, 4, 30_000, 2);
    pool.warm();
    expect(create).toHaveBeenCalledTimes(2);
    pool.warm();
    expect(create).toHaveBeenCalledTimes(2);
    pool.warm(3);
    expect(create).toHaveBeenCalledTimes(3);
    pool.warm(10);
    expect(create).toHaveBeenCalledTimes(4);
    pool.dispose();
  });

  it('runs on the warmed workers without starting others', async () => {
    const { create } = fakeWorkers();
    const pool = new SimulationPool(create, 4, 30_000, 2);
    pool.warm();
    await pool.run(s, { iterations: N, seed: 1 });
    expect(create).toHaveBeenCalledTimes(2);
    pool.dispose();
  });

  it('gives bit-identical results with 1 and 3 workers, whatever order the chunks arrive in', async () => {
    const { create } = fakeWorkers({ delayMs: (i) => [7, 1, 4][i % 3]! });
    const pool = new SimulationPool(create, 3);
    const one = await pool.run(s, { iterations: N, seed: 11, workers: 1 });
    const three = await pool.run(s, { iterations: N, seed: 11, workers: 3 });
    expect(create).toHaveBeenCalledTimes(3);
    expect(runBytes(three.data)).toEqual(runBytes(one.data));
    expect(three.summary).toEqual(one.summary);
    pool.dispose();
  });

  it('uses no more workers than there are chunks', async () => {
    const { create, created } = fakeWorkers();
    const pool = new SimulationPool(create, 3);
    await pool.run(s, { iterations: CHUNK_SIZE, seed: 1 });
    expect(create).toHaveBeenCalledTimes(1);
    expect(created[0]!.posted[0]).toMatchObject({ type: 'run', chunks: [[0, 0, CHUNK_SIZE]] });
    pool.dispose();
  });

  it('cancels a run under way with RunCancelled when a second run starts, and the second resolves', async () => {
    const { create, created } = fakeWorkers({ delayMs: () => 5 });
    const pool = new SimulationPool(create, 2);
    const first = outcome(pool.run(s, { iterations: N, seed: 1 }));
    const second = pool.run(s, { iterations: N, seed: 2 });

    const r1 = await first;
    expect('error' in r1 && r1.error).toBeInstanceOf(RunCancelled);
    const r2 = await second;
    expect(runBytes(r2.data)).toEqual(runBytes(runInline(s, { iterations: N, seed: 2 })));
    // The first run's workers were stopped (they may be mid-chunk); the second started new ones.
    expect(created.slice(0, 2).every((w) => w.terminated)).toBe(true);
    expect(created.slice(2).every((w) => !w.terminated)).toBe(true);
    pool.dispose();
  });

  it('ignores a message of an earlier run that reaches a worker of the current run', async () => {
    const { create, created } = fakeWorkers();
    const pool = new SimulationPool(create, 1);
    await pool.run(s, { iterations: N, seed: 1, summarize: false });
    const w = created[0]!;
    const oldRunId = w.posted[0]!.runId;
    const p = pool.run(s, { iterations: N, seed: 2, summarize: false });
    // A late answer of the first run (another seed) arrives before the second run's own answers.
    const late: FromWorker[] = [];
    handleWorkerMessage({ ...(w.posted[0] as Extract<ToWorker, { type: 'run' }>), runId: oldRunId }, (m) =>
      late.push(m),
    );
    for (const m of late) w.onmessage?.({ data: m });
    const run = await p;
    expect(runBytes(run.data)).toEqual(runBytes(runInline(s, { iterations: N, seed: 2 })));
    pool.dispose();
  });

  it('replaces a worker that errored while idle at the next run, which then succeeds', async () => {
    const { create, created } = fakeWorkers();
    const pool = new SimulationPool(create, 1);
    await pool.run(s, { iterations: N, seed: 1 });
    const dying = created[0]!;
    const preventDefault = vi.fn();
    dying.onerror?.({ message: 'the worker script failed to load', preventDefault });
    expect(preventDefault).toHaveBeenCalled();

    const run = await pool.run(s, { iterations: N, seed: 1 });
    expect(create).toHaveBeenCalledTimes(2);
    expect(dying.terminated).toBe(true);
    expect(dying.posted.filter((m) => m.type === 'run')).toHaveLength(1);
    expect(created[1]!.posted[0]!.type).toBe('run');
    expect(runBytes(run.data)).toEqual(runBytes(runInline(s, { iterations: N, seed: 1 })));
    pool.dispose();
  });

  it('rejects with SimulationFailed when a worker errors during a run, and the next run works on new workers', async () => {
    const { create, created } = fakeWorkers({
      behaviour: (i) => (i === 1 ? 'crash' : 'ok'),
      delayMs: () => 5,
    });
    const pool = new SimulationPool(create, 3);
    const failed = await outcome(pool.run(s, { iterations: N, seed: 1 }));
    expect('error' in failed).toBe(true);
    const error = (failed as { error: unknown }).error;
    expect(error).toBeInstanceOf(SimulationFailed);
    expect((error as Error).message.startsWith('the simulation failed: ')).toBe(true);
    // The browser's "Uncaught " prefix is not the user's business.
    expect((error as SimulationFailed).detail).toBe('RangeError: out of memory');
    expect(created.every((w) => w.terminated)).toBe(true);

    const run = await pool.run(s, { iterations: N, seed: 1 });
    expect(create).toHaveBeenCalledTimes(6);
    expect(created.slice(3).every((w) => !w.terminated)).toBe(true);
    expect(runBytes(run.data)).toEqual(runBytes(runInline(s, { iterations: N, seed: 1 })));
    pool.dispose();
  });

  it('says "a worker stopped" when a worker dies without a message', async () => {
    const { create } = fakeWorkers({ behaviour: () => 'silent' });
    const pool = new SimulationPool(create, 1);
    const p = outcome(pool.run(s, { iterations: N, seed: 1 }));
    (create.mock.results[0]!.value as WorkerLike).onerror?.({});
    const r = await p;
    expect('error' in r && r.error).toBeInstanceOf(SimulationFailed);
    expect('error' in r && (r.error as Error).message).toBe('the simulation failed: a worker stopped');
  });

  it('stops a run with RunStalled when no worker says anything for the watchdog time', async () => {
    vi.useFakeTimers();
    const { create, created } = fakeWorkers({ behaviour: () => 'silent' });
    const pool = new SimulationPool(create, 2, 50);
    const p = outcome(pool.run(s, { iterations: N, seed: 1 }));
    let settled = false;
    void p.then(() => (settled = true));

    await vi.advanceTimersByTimeAsync(49);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const r = await p;
    expect('error' in r && r.error).toBeInstanceOf(RunStalled);
    expect('error' in r && (r.error as RunStalled).afterMs).toBe(50);
    expect(created.every((w) => w.terminated)).toBe(true);
  });

  it('does not stop a run that takes longer than the watchdog time while its workers keep answering', async () => {
    vi.useFakeTimers();
    const { create } = fakeWorkers({ delayMs: () => 30 });
    const pool = new SimulationPool(create, 1, 50);
    // 5 chunks, done, then the summary: 7 answers 30 ms apart, 210 ms in all.
    const p = outcome(pool.run(s, { iterations: N, seed: 1 }));
    await vi.advanceTimersByTimeAsync(1000);
    const r = await p;
    expect('value' in r && r.value.summary?.reproducibility.iterations).toBe(N);
    pool.dispose();
  });

  it('passes the docPath of a worker error message on in SimulationFailed', async () => {
    const create = (): WorkerLike => {
      const w: WorkerLike = {
        onmessage: null,
        onerror: null,
        terminate() {},
        postMessage(msg: ToWorker) {
          setTimeout(() =>
            w.onmessage?.({
              data: {
                type: 'error',
                runId: msg.runId,
                message: 'is not a number',
                docPath: 'paths.pilot.steps[0].monthlyCost',
              },
            }),
          );
        },
      };
      return w;
    };
    const pool = new SimulationPool(create, 1);
    const r = await outcome(pool.run(s, { iterations: N, seed: 1 }));
    const error = 'error' in r ? r.error : null;
    expect(error).toBeInstanceOf(SimulationFailed);
    expect(error).toMatchObject({ docPath: 'paths.pilot.steps[0].monthlyCost', detail: 'is not a number' });
    expect((error as Error).message).toBe(
      'the simulation failed: paths.pilot.steps[0].monthlyCost: is not a number',
    );
  });

  // The engine's SimulationError already starts its message with its docPath, and the worker
  // sends both: the path must still appear only once.
  it('names the place in the scenario once when the engine cannot use a value', async () => {
    const broken = scenario(
      { pilot: { steps: [step('x', { monthlyCost: { formula: 'sqrt(a)' }, duration: 3 })] } },
      { parameters: [{ id: 'a', value: { dist: 'uniform', min: 1, max: 2 } }] },
    );
    // Validation probes formulas, so make the value unusable after it: sqrt of a negative draw is NaN.
    (broken.parameters[0] as { value: unknown }).value = { dist: 'uniform', min: -1, max: 1 };
    const { create } = fakeWorkers();
    const pool = new SimulationPool(create, 1);
    const r = await outcome(pool.run(broken, { iterations: 100, seed: 1 }));
    const error = 'error' in r ? r.error : null;
    expect(error).toBeInstanceOf(SimulationFailed);
    const docPath = 'paths.pilot.steps[0].monthlyCost';
    expect((error as SimulationFailed).docPath).toBe(docPath);
    expect((error as Error).message.split(docPath)).toHaveLength(2);
  });

  it('rejects with RunCancelled and terminates its workers when the signal aborts', async () => {
    const { create, created } = fakeWorkers({ delayMs: () => 5 });
    const pool = new SimulationPool(create, 2);
    const ctrl = new AbortController();
    let progressCalls = 0;
    const p = outcome(
      pool.run(s, {
        iterations: N,
        seed: 1,
        signal: ctrl.signal,
        onProgress: () => {
          if (++progressCalls === 1) ctrl.abort();
        },
      }),
    );
    const r = await p;
    expect('error' in r && r.error).toBeInstanceOf(RunCancelled);
    expect(progressCalls).toBe(1);
    expect(created).toHaveLength(2);
    expect(created.every((w) => w.terminated)).toBe(true);
  });

  it('rejects at once with RunCancelled when the signal was aborted before the run', async () => {
    const { create, created } = fakeWorkers();
    const pool = new SimulationPool(create, 1);
    const ctrl = new AbortController();
    ctrl.abort();
    await expect(pool.run(s, { iterations: N, seed: 1, signal: ctrl.signal })).rejects.toBeInstanceOf(
      RunCancelled,
    );
    expect(created.every((w) => w.terminated && w.posted.length === 0)).toBe(true);
  });

  it('cancels the run under way when disposed', async () => {
    const { create, created } = fakeWorkers({ delayMs: () => 5 });
    const pool = new SimulationPool(create, 2);
    const p = outcome(pool.run(s, { iterations: N, seed: 1 }));
    pool.dispose();
    const r = await p;
    expect('error' in r && r.error).toBeInstanceOf(RunCancelled);
    expect(created.every((w) => w.terminated)).toBe(true);
  });
});
