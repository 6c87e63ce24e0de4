/// <reference lib="webworker" />
import '../model/zod-setup';
import { runAnalysisJob } from './analysis-job';
import { handleAnalysisMessage } from './analysis-worker-handler';
import type { FromAnalysisWorker, ToAnalysisWorker } from './analysis-types';

// Thin Web Worker entry for the analyses (cohort, tornado, threshold, variants, levers): typed
// messages in, throttled progress and the result out. The client sends one job at a time.
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<ToAnalysisWorker>) => {
  void handleAnalysisMessage(e.data, (m: FromAnalysisWorker) => scope.postMessage(m), runAnalysisJob);
};
