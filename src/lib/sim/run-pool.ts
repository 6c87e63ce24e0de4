import type { Scenario } from '../model/scenario';
import { compileScenario } from './program';
import { runDataTransferables, type FromWorker, type ToWorker } from './protocol';
import { RunAccumulator, chunksOf, type RunData } from './run-accumulator';
import { CHUNK_SIZE, FULL_OUTPUTS, layoutOf, type RunOutputs } from './run-layout';
import { RunCancelled, RunStalled, SimulationFailed } from './run-errors';
import type { RunSummary } from './summarize';

export { RunCancelled, RunStalled, SimulationFailed } from './run-errors';

/** The part of a Worker the pool uses (a Web Worker, or an adapter in tests or Node). */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer?: ArrayBuffer[]): void;
  onmessage: ((e: { data: FromWorker }) => void) | null;
  onerror: ((e: { message?: string; preventDefault?: () => void }) => void) | null;
  /** A message that could not be deserialised (Web Workers only). */
  onmessageerror?: ((e: unknown) => void) | null;
  terminate(): void;
}

export interface PoolRunOptions {
  iterations: number;
  seed: number;
  outputs?: RunOutputs;
  /** Workers to use for this run (at most the pool's size). */
  workers?: number;
  /** Called after each merged chunk (throttle in the UI, not here). */
  onProgress?: (done: number, total: number) => void;
  /** Abort the run (its workers are terminated). */
  signal?: AbortSignal;
  /** Also summarise the run (in a worker, off the page's thread). Default true. */
  summarize?: boolean;
}

export interface PoolRun {
  data: RunData;
  /** Null when the run was asked not to summarise. */
  summary: RunSummary | null;
}

/** Without any message from a worker for this long, a run counts as stuck. */
export const DEFAULT_WATCHDOG_MS = 30_000;

let nextRunId = 1;

/**
 * A pool of simulation workers kept warm between runs (a worker loads the engine once, so a
 * small run does not pay for start-up). Chunks are dealt round-robin (worker w gets chunks w,
 * w + W, ...), so they arrive nearly in order; the accumulator merges them exactly as a single
 * thread would, so the numbers do not depend on the number of workers. A cancelled, failed or
 * stuck run terminates its workers; the next run starts fresh ones. Starting a run while one is
 * under way cancels that one: only the newest run can resolve.
 */
export class SimulationPool {
  private workers: WorkerLike[] = [];
  /** Workers that died while idle (e.g. their script failed to load): replaced at the next run. */
  private readonly dead = new Set<WorkerLike>();
  private active: { cancel: () => void } | null = null;

  constructor(
    private readonly createWorker: () => WorkerLike,
    readonly size: number,
    private readonly watchdogMs = DEFAULT_WATCHDOG_MS,
    /** Workers a run uses unless it asks for a number. */
    readonly defaultWorkers = size,
  ) {
    if (!(size >= 1)) throw new RangeError('a pool needs at least one worker');
  }

  /** Start the workers now so that the first run does not wait for them to load. */
  warm(count = this.defaultWorkers): void {
    if (this.dead.size) {
      for (const w of this.dead) w.terminate();
      this.workers = this.workers.filter((w) => !this.dead.has(w));
      this.dead.clear();
    }
    while (this.workers.length < Math.min(count, this.size)) {
      const w = this.createWorker();
      this.idle(w);
      this.workers.push(w);
    }
  }

  /** Between runs a worker has nothing to say; if it errors, it is dead. */
  private idle(w: WorkerLike): void {
    w.onmessage = null;
    w.onmessageerror = null;
    w.onerror = (e) => {
      e.preventDefault?.(); // handled: the next run replaces it
      this.dead.add(w);
    };
  }

  /** Stop every worker (a later run starts new ones). */
  dispose(): void {
    this.active?.cancel();
    this.terminateAll();
  }

  private terminateAll(): void {
    for (const w of this.workers) {
      w.onmessage = null;
      w.onerror = null;
      w.terminate();
    }
    this.workers = [];
    this.dead.clear();
  }

  run(scenario: Scenario, options: PoolRunOptions): Promise<PoolRun> {
    this.active?.cancel();
    const outputs = options.outputs ?? FULL_OUTPUTS;
    const layout = layoutOf(compileScenario(scenario), outputs);
    const chunks = chunksOf(options.iterations, CHUNK_SIZE);
    const n = Math.max(1, Math.min(options.workers ?? this.defaultWorkers, this.size, chunks.length));
    this.warm(n);
    const workers = this.workers.slice(0, n);
    const acc = new RunAccumulator(options.iterations, layout, CHUNK_SIZE);
    const runId = nextRunId++;
    const wantSummary = options.summarize ?? true;

    return new Promise<PoolRun>((resolve, reject) => {
      let finished = 0;
      let settled = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const detach = () => {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        for (const w of workers) this.idle(w);
        if (this.active === handle) this.active = null;
      };
      const fail = (e: Error) => {
        if (settled) return;
        settled = true;
        detach();
        this.terminateAll(); // a worker may be mid-chunk: only terminating stops it
        reject(e);
      };
      const succeed = (run: PoolRun) => {
        if (settled) return;
        settled = true;
        detach();
        resolve(run);
      };
      const kick = () => {
        clearTimeout(timer);
        timer = setTimeout(() => fail(new RunStalled(this.watchdogMs)), this.watchdogMs);
      };
      const onAbort = () => fail(new RunCancelled());
      const handle = { cancel: onAbort };
      this.active = handle;
      if (options.signal?.aborted) return fail(new RunCancelled());
      options.signal?.addEventListener('abort', onAbort);
      kick();

      const onError = (m: { message: string; docPath?: string }) =>
        fail(new SimulationFailed(m.message, m.docPath));
      const post = (w: WorkerLike, m: ToWorker, transfer: ArrayBuffer[] = []) => {
        try {
          w.postMessage(m, transfer);
        } catch (e) {
          // e.g. a DataCloneError: say so now rather than as a stall 30 s later
          fail(new SimulationFailed(`could not send the work to a worker (${(e as Error).message})`));
        }
      };
      const summarizeOn = (w: WorkerLike) => {
        kick();
        post(
          w,
          { type: 'summarize', runId, scenario, seed: options.seed, data: acc.data },
          runDataTransferables(acc.data),
        );
      };

      workers.forEach((worker, w) => {
        worker.onmessage = (e) => {
          const m = e.data;
          if (settled || m.runId !== runId) return; // a superseded run's message
          kick();
          if (m.type === 'chunk') {
            acc.add(m.result);
            options.onProgress?.(acc.iterationsDone, options.iterations);
          } else if (m.type === 'error') {
            onError(m);
          } else if (m.type === 'done' && ++finished === n) {
            if (!acc.done) {
              fail(new SimulationFailed('a worker finished without all its results'));
            } else if (wantSummary) {
              summarizeOn(workers[0]!);
            } else {
              succeed({ data: acc.data, summary: null });
            }
          } else if (m.type === 'summary') {
            succeed({ data: m.data, summary: m.summary });
          }
        };
        worker.onerror = (e) => {
          e.preventDefault?.(); // handled here: the user sees it as "the simulation failed"
          fail(new SimulationFailed(e.message?.replace(/^Uncaught /, '') || 'a worker stopped'));
        };
        worker.onmessageerror = () =>
          fail(new SimulationFailed('a worker sent a message that could not be read'));
        if (settled) return;
        post(worker, {
          type: 'run',
          runId,
          scenario,
          seed: options.seed,
          outputs,
          chunks: chunks.filter((_, k) => k % n === w),
        });
      });
    });
  }
}

/** Run a scenario once on `workers` new workers, without a summary (tests, batch code). */
export async function runOnWorkers(
  scenario: Scenario,
  createWorker: () => WorkerLike,
  options: PoolRunOptions & { workers: number },
): Promise<RunData> {
  const pool = new SimulationPool(createWorker, options.workers);
  try {
    return (await pool.run(scenario, { ...options, summarize: false })).data;
  } finally {
    pool.dispose();
  }
}
