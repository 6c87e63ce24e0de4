import { AnalysisClient, type AnalysisWorkerLike } from './analysis-client';

/** A module Web Worker running the analyses (kept apart so Node code never mentions Worker). */
export function createAnalysisWorker(): AnalysisWorkerLike {
  return new Worker(new URL('./analysis-worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as AnalysisWorkerLike;
}

/** The page's analysis client, with one worker started at once. */
export function createAnalysisClient(): AnalysisClient {
  const client = new AnalysisClient(createAnalysisWorker);
  client.warm();
  return client;
}
