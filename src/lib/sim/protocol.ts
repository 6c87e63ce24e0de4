import type { Scenario } from '../model/scenario';
import type { ChunkResult, RunOutputs } from './run-layout';

/** Messages from the page to a simulation worker. */
export type ToWorker = {
  type: 'run';
  runId: number;
  scenario: Scenario;
  seed: number;
  outputs: RunOutputs;
  /** [chunk index, first iteration, count] triples this worker simulates, in order. */
  chunks: Array<[number, number, number]>;
};

/** Messages from a simulation worker to the page. */
export type FromWorker =
  | { type: 'chunk'; runId: number; result: ChunkResult }
  | { type: 'done'; runId: number }
  | { type: 'error'; runId: number; message: string; docPath?: string };

/** The buffers of a chunk result, to transfer rather than copy. */
export function transferables(r: ChunkResult): ArrayBuffer[] {
  return [r.totals, r.payerTotals, r.breakEven, r.eventOnsets, r.branches, r.sums, r.eventSums, r.hist].map(
    (a) => a.buffer as ArrayBuffer,
  );
}
