import type { Scenario } from '../model/scenario';
import { analysisInputs } from './analysis-inputs';
import type { ProgressCallback, TornadoBar, TornadoOptions, TornadoResult } from './analysis-types';
import { expectedDifference } from './expected-difference';
import { withInputsAtMeans, withValues } from './scenario-override';

function checkIterations(n: number): void {
  if (!(Number.isInteger(n) && n >= 1))
    throw new RangeError(`iterations must be a whole number >= 1, not ${n}`);
}

/**
 * One-way sensitivity (tornado), as issue 7 asks: "each parameter and each uncertain input at
 * its 10th and 90th percentile with the rest at their means". The base has every uncertain
 * input at its mean, parameters and inline distributions on step and event fields alike
 * (`withInputsAtMeans`); each bar moves one input to its 10th and to its 90th percentile. For
 * each, the expected difference per family (reference - pilot, discounted) at the short-term
 * cut-off and at the horizon. What still varies between the simulated families is whether a
 * step or event happens given its probability and which branch a family takes; every
 * evaluation uses the same seed (common random numbers), so these average out the same way in
 * each and a bar's length is the input's effect, not simulation noise. Bars are sorted by the
 * swing at the horizon, largest first.
 */
export function tornado(s: Scenario, options: TornadoOptions, onProgress?: ProgressCallback): TornadoResult {
  checkIterations(options.iterations);
  const all = analysisInputs(s);
  let inputs = all.filter((x) => x.uncertain);
  if (options.refs) {
    const byRef = new Map(all.map((x) => [x.ref, x]));
    inputs = options.refs.map((ref) => {
      const x = byRef.get(ref);
      if (!x) throw new Error(`unknown input "${ref}" in scenario "${s.id}"`);
      return x;
    });
  }
  const base = withInputsAtMeans(s);
  const n = options.iterations;
  const total = (1 + 2 * inputs.length) * n;
  let evaluations = 0;
  const evaluate = (scenario: Scenario) => {
    const before = evaluations * n;
    const r = expectedDifference(
      scenario,
      n,
      options.seed,
      onProgress ? (d) => onProgress(before + d, total) : undefined,
    );
    evaluations++;
    return r;
  };
  const baseValue = evaluate(base);
  const bars: TornadoBar[] = inputs.map((input) => {
    const low = evaluate(withValues(base, { [input.ref]: input.p10 }));
    const high = evaluate(withValues(base, { [input.ref]: input.p90 }));
    return {
      input,
      low: { value: input.p10, ...low },
      high: { value: input.p90, ...high },
      swing: {
        shortTerm: Math.abs(high.shortTerm - low.shortTerm),
        horizon: Math.abs(high.horizon - low.horizon),
      },
    };
  });
  bars.sort((a, b) => b.swing.horizon - a.swing.horizon || b.swing.shortTerm - a.swing.shortTerm);
  return { base: baseValue, bars, iterations: n, seed: options.seed };
}
