import { analysisFailureOf, type AnalysisFailure } from '../../../lib/analysis/analysis-client';
import type { AnalysisJob, AnalysisResult, AnalysisRunner } from '../../../lib/analysis/analysis-types';

/** How the last calculation of a panel ended. */
export type TaskStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

const isAbort = (e: unknown) => (e as { name?: unknown } | null)?.name === 'AbortError';

/**
 * One panel's calculation on the analysis runner: progress, Cancel (aborts the job), and the
 * result of the kind asked for, with what it was computed for (`resultFor`, set together with
 * the result). A new start aborts the one still running; a superseded job's result or failure
 * is ignored.
 */
export class AnalysisTask<R, F = unknown> {
  status = $state<TaskStatus>('idle');
  /** Share done, 0 to 1. */
  progress = $state(0);
  result = $state.raw<R | null>(null);
  /** What the shown result was computed for (the `what` passed to `start`). */
  resultFor = $state.raw<F | null>(null);
  /** Why the last calculation failed (its kind, said in the UI's language, and the technical detail). */
  problem = $state.raw<AnalysisFailure | null>(null);
  #controller: AbortController | null = null;
  #id = 0;

  constructor(private readonly pick: (r: AnalysisResult) => R | null) {}

  get running(): boolean {
    return this.status === 'running';
  }

  async start(runner: AnalysisRunner, job: AnalysisJob, what: F): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const id = ++this.#id;
    this.status = 'running';
    this.progress = 0;
    this.problem = null;
    try {
      const r = await runner.run(
        job,
        (done, total) => {
          if (id === this.#id && total > 0) this.progress = Math.min(1, done / total);
        },
        controller.signal,
      );
      if (id !== this.#id) return;
      const picked = this.pick(r);
      if (picked === null) throw new Error(`unexpected result of kind ${r.kind}`);
      this.result = picked;
      this.resultFor = what;
      this.status = 'done';
    } catch (e) {
      if (id !== this.#id) return;
      if (isAbort(e) || controller.signal.aborted) this.status = 'cancelled';
      else {
        this.status = 'failed';
        this.problem = analysisFailureOf(e);
      }
    } finally {
      if (id === this.#id) this.#controller = null;
    }
  }

  /** Abort the running job; the panel says so at once (the runner rejects a moment later). */
  cancel(): void {
    if (!this.#controller) return;
    this.#id++;
    this.#controller.abort();
    this.#controller = null;
    this.status = 'cancelled';
  }

  /** Stop what runs (the panel goes away). */
  dispose(): void {
    this.#id++;
    this.#controller?.abort();
    this.#controller = null;
  }
}
