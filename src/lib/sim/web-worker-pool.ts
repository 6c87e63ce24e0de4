import type { Scenario } from '../model/scenario';
import type { RunData } from './run-accumulator';
import { runOnWorkers, type PoolRunOptions, type WorkerLike } from './run-pool';

/** How many workers to use: one per core, leaving one for the page, at most 8. */
export function defaultWorkerCount(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(8, cores - 1));
}

/** Run a scenario in module Web Workers. */
export function runInWebWorkers(
  scenario: Scenario,
  options: Omit<PoolRunOptions, 'workers'> & { workers?: number },
): Promise<RunData> {
  const create = () =>
    new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
  return runOnWorkers(scenario, create, { ...options, workers: options.workers ?? defaultWorkerCount() });
}
