import type {
  AnalysisJob,
  AnalysisResult,
  AnalysisRunner,
  FromAnalysisWorker,
  ProgressCallback,
  ToAnalysisWorker,
} from './analysis-types';
import type { AnalysisErrorReport } from './analysis-worker-handler';

/** The part of a Worker the client uses (a module Web Worker, or a fake in tests). */
export interface AnalysisWorkerLike {
  postMessage(message: ToAnalysisWorker): void;
  onmessage: ((e: { data: FromAnalysisWorker }) => void) | null;
  onerror: ((e: { message?: string; preventDefault?: () => void }) => void) | null;
  /** A message that could not be deserialised (Web Workers only). */
  onmessageerror?: ((e: unknown) => void) | null;
  terminate(): void;
}

/**
 * At most this many analysis workers at once: the live levers run two jobs side by side (the
 * headline numbers and the budget), and the machines this runs on often have two cores.
 */
export const MAX_ANALYSIS_WORKERS = 2;

/**
 * Why an analysis failed, as the page explains it:
 * - `workerStopped`: the worker died mid-job (an uncaught error, e.g. out of memory, or it could
 *   not load), or sent a message that could not be read;
 * - `notSent`: the job could not be handed to a worker (e.g. a DataCloneError from postMessage);
 * - `refused`: the job's own checks or the simulation refused its input (a RangeError or a
 *   SimulationError in the worker: the numbers, not the machinery);
 * - `other`: any other error the job threw, or an unexpected answer.
 */
export type AnalysisFailureKind = 'workerStopped' | 'notSent' | 'refused' | 'other';

/**
 * What a failed job rejects with: its kind (for a translated sentence and a next step) and the
 * technical detail in English (for a "technical details" disclosure and bug reports).
 */
export class AnalysisFailure extends Error {
  constructor(
    readonly kind: AnalysisFailureKind,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'AnalysisFailure';
  }
}

/** Error names thrown in the worker that mean "this input is refused" (see analysis-worker-handler). */
const REFUSAL_NAMES = new Set(['RangeError', 'SimulationError']);

/** The failure kind of an error the worker reported with the error's name. */
export function kindOfWorkerError(errorName: string | undefined): AnalysisFailureKind {
  return errorName && REFUSAL_NAMES.has(errorName) ? 'refused' : 'other';
}

/**
 * Any rejection of a job (other than an abort) as an AnalysisFailure: the client's own as they
 * are, anything else (an Error thrown by the caller's own code, a string) as kind `other`.
 */
export function analysisFailureOf(e: unknown): AnalysisFailure {
  if (e instanceof AnalysisFailure) return e;
  return new AnalysisFailure('other', e instanceof Error ? e.message : String(e));
}

/** What an aborted job rejects with (the DOM's convention, so `signal.throwIfAborted` callers agree). */
export function abortError(): DOMException {
  return new DOMException('the analysis was cancelled', 'AbortError');
}

/** True for the rejection of an aborted job. */
export function isAbortError(e: unknown): boolean {
  return e instanceof Error
    ? e.name === 'AbortError'
    : (e as { name?: unknown } | null)?.name === 'AbortError';
}

interface Pending {
  jobId: number;
  job: AnalysisJob;
  onProgress?: ProgressCallback;
  signal?: AbortSignal;
  resolve: (r: AnalysisResult) => void;
  reject: (e: unknown) => void;
  onAbort: () => void;
  worker: AnalysisWorkerLike | null;
}

/**
 * Runs analysis jobs on module Web Workers (AnalysisRunner). Workers stay warm between jobs (a
 * worker loads the engine once); a job started while another runs gets a second worker, and a
 * third waits for one of them. Aborting a running job terminates its worker (only that stops a
 * job mid-way), and the next job starts a fresh one. Jobs are independent: one never cancels
 * another (the caller aborts what it supersedes).
 */
export class AnalysisClient implements AnalysisRunner {
  #idle: AnalysisWorkerLike[] = [];
  #busy = new Map<AnalysisWorkerLike, Pending>();
  #queue: Pending[] = [];
  #nextJobId = 1;

  constructor(
    private readonly createWorker: () => AnalysisWorkerLike,
    readonly maxWorkers = MAX_ANALYSIS_WORKERS,
  ) {
    if (!(maxWorkers >= 1)) throw new RangeError('an analysis client needs at least one worker');
  }

  /** Workers running or waiting (for tests and diagnostics). */
  get workerCount(): number {
    return this.#idle.length + this.#busy.size;
  }

  /** Start one worker now, so the first job does not wait for it to load. */
  warm(): void {
    if (this.workerCount === 0) this.#idleWorker(this.createWorker());
  }

  run(job: AnalysisJob, onProgress?: ProgressCallback, signal?: AbortSignal): Promise<AnalysisResult> {
    if (signal?.aborted) return Promise.reject(abortError());
    return new Promise<AnalysisResult>((resolve, reject) => {
      const p: Pending = {
        jobId: this.#nextJobId++,
        job,
        onProgress,
        signal,
        resolve,
        reject,
        onAbort: () => this.#abort(p),
        worker: null,
      };
      signal?.addEventListener('abort', p.onAbort, { once: true });
      this.#queue.push(p);
      this.#pump();
    });
  }

  /** Stop every job (they reject with an AbortError) and every worker; a later job starts afresh. */
  dispose(): void {
    const pending = [...this.#queue, ...this.#busy.values()];
    this.#queue = [];
    for (const w of [...this.#idle, ...this.#busy.keys()]) this.#kill(w);
    this.#idle = [];
    this.#busy.clear();
    for (const p of pending) this.#settle(p, () => p.reject(abortError()));
  }

  /** Give waiting jobs a worker: an idle one, or a new one while under the limit. */
  #pump(): void {
    while (this.#queue.length) {
      const worker =
        this.#idle.pop() ?? (this.workerCount < this.maxWorkers ? this.createWorker() : undefined);
      if (!worker) return;
      this.#start(worker, this.#queue.shift()!);
    }
  }

  #start(worker: AnalysisWorkerLike, p: Pending): void {
    p.worker = worker;
    this.#busy.set(worker, p);
    worker.onmessage = (e) => {
      const m = e.data;
      if (m.jobId !== p.jobId || this.#busy.get(worker) !== p) return; // an earlier job's message
      if (m.type === 'progress') {
        p.onProgress?.(m.done, m.total);
      } else if (m.type === 'result') {
        this.#release(worker);
        this.#settle(p, () => p.resolve(m.result));
      } else {
        // The job threw; the worker itself is fine and takes the next job.
        this.#release(worker);
        const kind = kindOfWorkerError((m as AnalysisErrorReport).errorName);
        this.#settle(p, () => p.reject(new AnalysisFailure(kind, m.message)));
      }
    };
    worker.onerror = (e) => {
      e.preventDefault?.(); // handled: the caller sees it as a failure of kind workerStopped
      this.#fail(
        worker,
        p,
        'workerStopped',
        e.message?.replace(/^Uncaught /, '') || 'the analysis worker stopped',
      );
    };
    worker.onmessageerror = () =>
      this.#fail(worker, p, 'workerStopped', 'the analysis worker sent a message that could not be read');
    try {
      worker.postMessage({ type: 'job', jobId: p.jobId, job: p.job });
    } catch (e) {
      // e.g. a DataCloneError: say so now rather than never
      this.#fail(
        worker,
        p,
        'notSent',
        `could not send the job to the analysis worker (${(e as Error).message})`,
      );
    }
  }

  /** A job ended normally: its worker waits for the next one. */
  #release(worker: AnalysisWorkerLike): void {
    this.#busy.delete(worker);
    this.#idleWorker(worker);
    this.#pump();
  }

  /** A worker broke during a job: it goes, the job fails, waiting jobs get a fresh worker. */
  #fail(worker: AnalysisWorkerLike, p: Pending, kind: AnalysisFailureKind, detail: string): void {
    this.#busy.delete(worker);
    this.#kill(worker);
    this.#settle(p, () => p.reject(new AnalysisFailure(kind, detail)));
    this.#pump();
  }

  #abort(p: Pending): void {
    const waiting = this.#queue.indexOf(p);
    if (waiting >= 0) this.#queue.splice(waiting, 1);
    else if (p.worker && this.#busy.get(p.worker) === p) {
      this.#busy.delete(p.worker);
      this.#kill(p.worker); // only terminating stops a job mid-way
    } else return; // already settled
    this.#settle(p, () => p.reject(abortError()));
    this.#pump();
  }

  #settle(p: Pending, done: () => void): void {
    p.signal?.removeEventListener('abort', p.onAbort);
    p.worker = null;
    done();
  }

  /** Between jobs a worker has nothing to say; if it errors, it is dropped. */
  #idleWorker(worker: AnalysisWorkerLike): void {
    worker.onmessage = null;
    worker.onmessageerror = null;
    worker.onerror = (e) => {
      e.preventDefault?.();
      this.#idle = this.#idle.filter((w) => w !== worker);
      this.#kill(worker);
    };
    this.#idle.push(worker);
  }

  #kill(worker: AnalysisWorkerLike): void {
    worker.onmessage = null;
    worker.onerror = null;
    worker.onmessageerror = null;
    worker.terminate();
  }
}
