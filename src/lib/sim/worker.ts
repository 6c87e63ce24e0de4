/// <reference lib="webworker" />
import '../model/zod-setup';
import type { FromWorker, ToWorker } from './protocol';
import { transferablesOf } from './protocol';
import { handleWorkerMessage } from './worker-handler';

// Thin Web Worker entry: typed messages in, results out (buffers transferred, not copied).
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<ToWorker>) => {
  handleWorkerMessage(e.data, (m: FromWorker) => scope.postMessage(m, transferablesOf(m)));
};
