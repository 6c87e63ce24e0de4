import type { Scenario } from '../model/scenario';
import { Engine } from './engine';
import { compileScenario } from './program';
import { RunAccumulator, chunksOf, type RunData } from './run-accumulator';
import { CHUNK_SIZE, FULL_OUTPUTS, type RunOutputs } from './run-layout';

export interface RunOptions {
  iterations?: number;
  seed?: number;
  outputs?: RunOutputs;
  /** Called after each chunk with the number of iterations done. */
  onProgress?: (done: number, total: number) => void;
}

/** Run a validated scenario on this thread (Node, tests, or inside one worker). */
export function runInline(scenario: Scenario, options: RunOptions = {}): RunData {
  const iterations = options.iterations ?? scenario.settings.iterations;
  const seed = options.seed ?? scenario.settings.seed;
  const engine = new Engine(compileScenario(scenario), options.outputs ?? FULL_OUTPUTS, seed);
  const acc = new RunAccumulator(iterations, engine.layout, CHUNK_SIZE);
  for (const [chunk, start, count] of chunksOf(iterations, CHUNK_SIZE)) {
    acc.add(engine.runChunk(chunk, start, count));
    options.onProgress?.(acc.iterationsDone, iterations);
  }
  return acc.data;
}
