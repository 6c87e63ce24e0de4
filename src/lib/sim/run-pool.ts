import type { Scenario } from '../model/scenario';
import { compileScenario } from './program';
import type { FromWorker, ToWorker } from './protocol';
import { RunAccumulator, chunksOf, type RunData } from './run-accumulator';
import { CHUNK_SIZE, FULL_OUTPUTS, layoutOf, type RunOutputs } from './run-layout';

/** The part of a Worker the pool uses (a Web Worker, or an adapter in tests or Node). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  onmessage: ((e: { data: FromWorker }) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
  terminate(): void;
}

export interface PoolRunOptions {
  iterations: number;
  seed: number;
  outputs?: RunOutputs;
  workers: number;
  onProgress?: (done: number, total: number) => void;
  /** Abort the run (workers are terminated). */
  signal?: AbortSignal;
}

export class RunCancelled extends Error {
  constructor() {
    super('the run was cancelled');
    this.name = 'RunCancelled';
  }
}

let nextRunId = 1;

/**
 * Run a scenario on several workers. Chunks are dealt round-robin (worker w gets chunks w,
 * w + W, ...), so they arrive nearly in order; the accumulator merges them exactly as a single
 * thread would, so the numbers do not depend on the number of workers.
 */
export function runOnWorkers(
  scenario: Scenario,
  createWorker: () => WorkerLike,
  options: PoolRunOptions,
): Promise<RunData> {
  const outputs = options.outputs ?? FULL_OUTPUTS;
  const layout = layoutOf(compileScenario(scenario), outputs);
  const chunks = chunksOf(options.iterations, CHUNK_SIZE);
  const n = Math.max(1, Math.min(options.workers, chunks.length));
  const acc = new RunAccumulator(options.iterations, layout, CHUNK_SIZE);
  const runId = nextRunId++;
  const workers: WorkerLike[] = [];
  return new Promise<RunData>((resolve, reject) => {
    let finished = 0;
    let settled = false;
    const stop = () => {
      for (const w of workers) w.terminate();
      options.signal?.removeEventListener('abort', onAbort);
    };
    const fail = (e: Error) => {
      if (settled) return;
      settled = true;
      stop();
      reject(e);
    };
    const onAbort = () => fail(new RunCancelled());
    if (options.signal?.aborted) return fail(new RunCancelled());
    options.signal?.addEventListener('abort', onAbort);
    for (let w = 0; w < n; w++) {
      const worker = createWorker();
      workers.push(worker);
      worker.onmessage = (e) => {
        const m = e.data;
        if (settled || m.runId !== runId) return; // a superseded run's message
        if (m.type === 'chunk') {
          acc.add(m.result);
          options.onProgress?.(acc.iterationsDone, options.iterations);
        } else if (m.type === 'error') {
          fail(new Error(m.docPath ? m.message : `the simulation failed: ${m.message}`));
        } else if (m.type === 'done' && ++finished === n) {
          settled = true;
          stop();
          if (acc.done) resolve(acc.data);
          else reject(new Error('the simulation failed: a worker finished without all its results'));
        }
      };
      worker.onerror = (e) => fail(new Error(`the simulation failed: ${e.message ?? 'a worker stopped'}`));
      worker.postMessage({
        type: 'run',
        runId,
        scenario,
        seed: options.seed,
        outputs,
        chunks: chunks.filter((_, k) => k % n === w),
      });
    }
  });
}
