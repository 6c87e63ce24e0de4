import { N_MEASURES, N_PATHS, type ChunkResult, type Layout } from './run-layout';

/** Everything a run keeps: per-iteration arrays for all iterations plus merged sums. */
export interface RunData {
  iterations: number;
  layout: Layout;
  totals: Float64Array;
  payerTotals: Float32Array;
  breakEven: Int16Array;
  eventOnsets: Int16Array;
  branches: Uint8Array;
  sums: Float64Array;
  eventSums: Float64Array;
  hist: Uint32Array;
}

/**
 * Collects chunk results in any arrival order and merges them as if they had come in order:
 * per-iteration arrays go to their place; float sums are added chunk by chunk in chunk order
 * (so the result is bit-identical whatever the number of workers); integer counts at once.
 */
export class RunAccumulator {
  readonly data: RunData;
  private readonly pending = new Map<number, Float64Array>();
  private nextChunk = 0;
  private received = 0;
  private readonly nChunks: number;

  constructor(iterations: number, layout: Layout, chunkSize: number) {
    this.nChunks = Math.ceil(iterations / chunkSize);
    this.data = {
      iterations,
      layout,
      totals: new Float64Array(iterations * N_PATHS * N_MEASURES),
      payerTotals: new Float32Array(iterations * N_PATHS * layout.nPayers),
      breakEven: new Int16Array(iterations),
      eventOnsets: new Int16Array(iterations * layout.nEvents),
      branches: new Uint8Array(iterations * N_PATHS),
      sums: new Float64Array(layout.sumsLength),
      eventSums: new Float64Array(layout.nEvents * 3),
      hist: new Uint32Array(layout.histLength),
    };
  }

  get done(): boolean {
    return this.received === this.nChunks;
  }

  /** Iterations merged so far (for progress). */
  get iterationsDone(): number {
    return Math.min(this.data.iterations, this.receivedIterations);
  }
  private receivedIterations = 0;

  add(c: ChunkResult): void {
    const d = this.data;
    const L = d.layout;
    d.totals.set(c.totals, c.start * N_PATHS * N_MEASURES);
    d.payerTotals.set(c.payerTotals, c.start * N_PATHS * L.nPayers);
    d.breakEven.set(c.breakEven, c.start);
    d.eventOnsets.set(c.eventOnsets, c.start * L.nEvents);
    d.branches.set(c.branches, c.start * N_PATHS);
    for (let k = 0; k < c.eventSums.length; k++) d.eventSums[k] += c.eventSums[k];
    for (let k = 0; k < c.hist.length; k++) d.hist[k] += c.hist[k];
    this.pending.set(c.chunk, c.sums);
    while (this.pending.has(this.nextChunk)) {
      const s = this.pending.get(this.nextChunk)!;
      this.pending.delete(this.nextChunk);
      for (let k = 0; k < s.length; k++) d.sums[k] += s[k];
      this.nextChunk++;
    }
    this.received++;
    this.receivedIterations += c.count;
  }
}

/** The chunks of a run: [chunk index, first iteration, count]. */
export function chunksOf(iterations: number, chunkSize: number): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (let c = 0, start = 0; start < iterations; c++, start += chunkSize) {
    out.push([c, start, Math.min(chunkSize, iterations - start)]);
  }
  return out;
}
