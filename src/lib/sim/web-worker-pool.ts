import { SimulationPool, type WorkerLike } from './run-pool';

/** Most workers a pool starts: beyond this, merging and memory cost more than they gain. */
export const MAX_WORKERS = 8;

/**
 * How many workers a run uses: one per core, leaving one core for the page from 3 cores up, at
 * most 8. The page only merges chunk results during a run (its longest task at 1M iterations was
 * ~50 ms), so on 2 cores both go to workers: measured with `npm run bench:browser` (2-core
 * machine, Chromium 156, canonical workload, 1M iterations): 1 worker 9.0 s, 2 workers 7.2 s.
 */
export function defaultWorkerCount(cores?: number): number {
  const c = cores ?? (typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2);
  return Math.max(1, Math.min(MAX_WORKERS, c <= 2 ? c : c - 1));
}

/** A module Web Worker running the engine. */
export function createSimulationWorker(): WorkerLike {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

/**
 * A pool of module Web Workers sized for this machine: runs use `defaultWorkerCount()` workers
 * unless they ask for more (up to MAX_WORKERS, e.g. to check that results do not depend on it).
 */
export function createWebWorkerPool(watchdogMs?: number): SimulationPool {
  return new SimulationPool(createSimulationWorker, MAX_WORKERS, watchdogMs, defaultWorkerCount());
}
