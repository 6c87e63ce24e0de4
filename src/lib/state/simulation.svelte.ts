import type { Scenario } from '../model/scenario';
import { RunCancelled, RunStalled, SimulationFailed } from '../sim/run-errors';
import type { PoolRun, PoolRunOptions } from '../sim/run-pool';
import type { RunResult } from '../sim/run-result';

/** What runs the engine: a pool of Web Workers in the app, a fake in component tests. */
export interface Runner {
  run(scenario: Scenario, options: PoolRunOptions): Promise<PoolRun>;
}

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed' | 'stalled';

export type RunProblem = { kind: 'failed'; detail: string } | { kind: 'stalled'; seconds: number };

export type { RunResult } from '../sim/run-result';

/** Progress updates reach the page at most this often (about 10 a second). */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * One simulation at a time, seen from the page: status, throttled progress, the last result and
 * why a run ended without one. Every start gets a new run id; a run that is superseded (by a
 * newer start) can never set results or status.
 */
export class SimulationState {
  status = $state<RunStatus>('idle');
  /** Share of iterations done, 0..1, updated at most every PROGRESS_INTERVAL_MS. */
  progress = $state(0);
  result = $state.raw<RunResult | null>(null);
  problem = $state.raw<RunProblem | null>(null);
  private runId = 0;
  private controller: AbortController | null = null;

  constructor(
    private readonly runner: Runner,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get running(): boolean {
    return this.status === 'running';
  }

  /** Run `scenario` with its settings (`workers` only for tests and benchmarks). */
  async start(scenario: Scenario, options: { workers?: number } = {}): Promise<void> {
    this.controller?.abort();
    const id = ++this.runId;
    const controller = new AbortController();
    this.controller = controller;
    this.status = 'running';
    this.progress = 0;
    this.problem = null;
    let last = -Infinity;
    const seed = scenario.settings.seed;
    try {
      const run = await this.runner.run(scenario, {
        iterations: scenario.settings.iterations,
        seed,
        signal: controller.signal,
        ...(options.workers ? { workers: options.workers } : {}),
        onProgress: (done, total) => {
          const t = this.now();
          if (id !== this.runId || (done < total && t - last < PROGRESS_INTERVAL_MS)) return;
          last = t;
          this.progress = done / total;
        },
      });
      if (id !== this.runId) return;
      if (!run.summary) throw new SimulationFailed('the run gave no summary');
      this.result = { runId: id, scenario, summary: run.summary, data: run.data };
      this.progress = 1;
      this.status = 'done';
    } catch (e) {
      if (id !== this.runId) return;
      if (e instanceof RunCancelled) {
        this.status = 'cancelled';
      } else if (e instanceof RunStalled) {
        this.status = 'stalled';
        this.problem = { kind: 'stalled', seconds: Math.round(e.afterMs / 1000) };
      } else {
        this.status = 'failed';
        const detail =
          e instanceof SimulationFailed ? e.described : e instanceof Error ? e.message : String(e);
        this.problem = { kind: 'failed', detail };
      }
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }

  cancel(): void {
    this.controller?.abort();
  }

  /** Forget the last result and problem (another scenario was opened); cancels a running run. */
  clear(): void {
    this.runId++; // a run under way can no longer report
    this.controller?.abort();
    this.controller = null;
    this.status = 'idle';
    this.progress = 0;
    this.result = null;
    this.problem = null;
  }
}
