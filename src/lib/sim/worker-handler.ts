import { Engine, SimulationError } from './engine';
import { compileScenario } from './program';
import type { FromWorker, ToWorker } from './protocol';
import { summarizeRun } from './summarize';

/**
 * What a simulation worker does with a message, kept apart from the Worker global so it can be
 * driven the same way in Node tests, a Web Worker or a worker thread.
 */
export function handleWorkerMessage(msg: ToWorker, post: (m: FromWorker) => void): void {
  try {
    if (msg.type === 'run') {
      const engine = new Engine(compileScenario(msg.scenario), msg.outputs, msg.seed);
      for (const [chunk, start, count] of msg.chunks) {
        post({ type: 'chunk', runId: msg.runId, result: engine.runChunk(chunk, start, count) });
      }
      post({ type: 'done', runId: msg.runId });
    } else if (msg.type === 'summarize') {
      const summary = summarizeRun(msg.scenario, msg.data, msg.seed);
      post({ type: 'summary', runId: msg.runId, summary, data: msg.data });
    }
  } catch (e) {
    post({
      type: 'error',
      runId: msg.runId,
      message: (e as Error).message,
      ...(e instanceof SimulationError ? { docPath: e.docPath } : {}),
    });
  }
}
