/// <reference lib="webworker" />
import type { FromWorker, ToWorker } from './protocol';
import { transferables } from './protocol';
import { handleWorkerMessage } from './worker-handler';

// Thin Web Worker entry: typed messages in, chunk results out (buffers transferred).
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<ToWorker>) => {
  handleWorkerMessage(e.data, (m: FromWorker) =>
    scope.postMessage(m, m.type === 'chunk' ? transferables(m.result) : []),
  );
};
