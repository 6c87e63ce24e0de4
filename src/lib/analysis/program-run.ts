import { Engine } from '../sim/engine';
import type { Program } from '../sim/program';
import { RunAccumulator, chunksOf, type RunData } from '../sim/run-accumulator';
import { CHUNK_SIZE, type RunOutputs } from '../sim/run-layout';

export interface ProgramRunOptions {
  iterations: number;
  seed: number;
  outputs: RunOutputs;
  /** Parameter values in parameter index order (NaN = drawn as usual); null or absent: all drawn. */
  fixed?: Float64Array | null;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Runs an already compiled scenario on this thread, with some parameters fixed
 * (`Engine.fixParameters`). The analyses compile a scenario once and run it many times (outer
 * draws, root-search evaluations): compiling is a large share of a small run. Chunks and seeds
 * as in `runInline`, so with nothing fixed the result is bit-identical to `runInline` on the
 * scenario the program was compiled from.
 */
export function runProgram(program: Program, o: ProgramRunOptions): RunData {
  const engine = new Engine(program, o.outputs, o.seed);
  if (o.fixed) engine.fixParameters(o.fixed);
  const acc = new RunAccumulator(o.iterations, engine.layout, CHUNK_SIZE);
  for (const [chunk, start, count] of chunksOf(o.iterations, CHUNK_SIZE)) {
    acc.add(engine.runChunk(chunk, start, count));
    o.onProgress?.(acc.iterationsDone, o.iterations);
  }
  return acc.data;
}
