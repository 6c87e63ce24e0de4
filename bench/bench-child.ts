/**
 * One benchmark job for PathCost's engine, in its own process (spawned by bench.ts).
 *
 * bench.ts bundles this file with esbuild into node_modules/.cache/pathcost-bench/bench-child.mjs
 * and runs `node --max-old-space-size=8192 bench-child.mjs '<job json>'`. It must run as a real
 * bundle, not through tsx: tsx's loader turns imported bindings into getter calls, which makes
 * the engine about 2x slower than it is in the app's bundle.
 *
 * The job is {mode, n, reps}. The child parses the canonical workload as a PathCost scenario
 * (once, untimed), makes one cold call of runInline (JIT warm-up, reported separately) and then
 * `reps` warm calls, and prints one JSON line:
 * {coldMs, warmMs, means: [pilot, reference], ses: [...], maxRssMiB}
 * where means / ses are the mean and standard error of each path's discounted horizon total.
 */
import { WORKLOAD } from '../../shared/bench/workload.mjs';
import { scenarioSchema } from '../src/lib/model/scenario';
import type { RunData } from '../src/lib/sim/run-accumulator';
import { runInline } from '../src/lib/sim/run-inline';
import { N_MEASURES, N_PATHS, type RunOutputs } from '../src/lib/sim/run-layout';
import { workloadScenario, type KitWorkload } from './workload-scenario';

export type BenchMode = 'totals' | 'buckets' | 'bands';

export interface ChildJob {
  mode: BenchMode;
  n: number;
  reps: number;
}

export const MODE_OUTPUTS: Record<BenchMode, RunOutputs> = {
  totals: { monthly: false, bands: false },
  buckets: { monthly: true, bands: false },
  bands: { monthly: true, bands: true },
};

/** Mean and standard error of measure 0 (discounted horizon total) for each path. */
function pathStats(totals: Float64Array, iterations: number): { means: number[]; ses: number[] } {
  const means: number[] = [];
  const ses: number[] = [];
  const stride = N_PATHS * N_MEASURES;
  for (let p = 0; p < N_PATHS; p++) {
    // Welford: numerically stable in one pass.
    let mean = 0;
    let m2 = 0;
    for (let i = 0; i < iterations; i++) {
      const x = totals[i * stride + p * N_MEASURES]!;
      const d = x - mean;
      mean += d / (i + 1);
      m2 += d * (x - mean);
    }
    means.push(mean);
    ses.push(Math.sqrt(m2 / (iterations - 1) / iterations));
  }
  return { means, ses };
}

function main(): void {
  const raw = process.argv[2];
  if (!raw) throw new Error('usage: bench-child.mjs \'{"mode":"totals","n":100000,"reps":2}\'');
  const job = JSON.parse(raw) as ChildJob;
  const outputs = MODE_OUTPUTS[job.mode];
  if (!outputs) throw new Error(`unknown mode ${String(job.mode)}`);
  if (!(Number.isInteger(job.n) && job.n > 1)) throw new Error(`bad n ${String(job.n)}`);

  const scenario = scenarioSchema.parse(workloadScenario(WORKLOAD as unknown as KitWorkload));
  // The result lives only in `last`, dropped before each call: a rep never holds two runs' arrays.
  let last: RunData | undefined;
  const call = (): number => {
    last = undefined;
    const t0 = performance.now();
    last = runInline(scenario, { iterations: job.n, seed: WORKLOAD.seed, outputs });
    return performance.now() - t0;
  };
  const coldMs = call();
  const warmMs: number[] = [];
  for (let r = 0; r < job.reps; r++) warmMs.push(call());
  const data = last as RunData | undefined;
  if (!data) throw new Error('no result');
  const { means, ses } = pathStats(data.totals, data.iterations);
  console.log(
    JSON.stringify({
      coldMs,
      warmMs,
      means,
      ses,
      maxRssMiB: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

main();
