import { SimulationPool, type WorkerLike } from './run-pool';

/** Most workers a pool starts: beyond this, merging and memory cost more than they gain. */
export const MAX_WORKERS = 8;

/** How many workers to use: one per core, leaving one for the page, at least 1, at most 8. */
export function defaultWorkerCount(cores?: number): number {
  const c = cores ?? (typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2);
  return Math.max(1, Math.min(MAX_WORKERS, c - 1));
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
