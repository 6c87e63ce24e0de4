import type { Scenario } from '../model/scenario';
import type { RunData } from './run-accumulator';
import type { ChunkResult, RunOutputs } from './run-layout';
import type { RunSummary } from './summarize';

/** Messages from the page to a simulation worker. */
export type ToWorker =
  | {
      type: 'run';
      runId: number;
      scenario: Scenario;
      seed: number;
      outputs: RunOutputs;
      /** [chunk index, first iteration, count] triples this worker simulates, in order. */
      chunks: Array<[number, number, number]>;
    }
  | {
      /** Summarise a finished run off the page's thread (sorting 1M totals takes ~1 s). */
      type: 'summarize';
      runId: number;
      scenario: Scenario;
      seed: number;
      data: RunData;
    };

/** Messages from a simulation worker to the page. */
export type FromWorker =
  | { type: 'chunk'; runId: number; result: ChunkResult }
  | { type: 'done'; runId: number }
  | { type: 'summary'; runId: number; summary: RunSummary; data: RunData }
  | { type: 'error'; runId: number; message: string; docPath?: string };

/** The buffers of a chunk result, to transfer rather than copy. */
export function transferables(r: ChunkResult): ArrayBuffer[] {
  return [r.totals, r.payerTotals, r.breakEven, r.eventOnsets, r.branches, r.sums, r.eventSums, r.hist].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

/** The buffers of a whole run, to hand to a worker and back without copying. */
export function runDataTransferables(d: RunData): ArrayBuffer[] {
  return [d.totals, d.payerTotals, d.breakEven, d.eventOnsets, d.branches, d.sums, d.eventSums, d.hist].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

/** What to transfer with a message from a worker. */
export function transferablesOf(m: FromWorker): ArrayBuffer[] {
  if (m.type === 'chunk') return transferables(m.result);
  if (m.type === 'summary') return runDataTransferables(m.data);
  return [];
}
