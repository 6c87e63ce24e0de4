import { analysisInputs } from '../lib/analysis/analysis-inputs';
import type { AnalysisJob } from '../lib/analysis/analysis-types';
import { localText } from '../lib/model/local-text';
import type { Scenario } from '../lib/model/scenario';

/** Reading the analysis command line into a job (no files, no output: testable in-process). */

/** A mistake of the user's, with the exit code it ends the program with. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

function wholeArg(
  name: string,
  text: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (text === undefined) return fallback;
  const v = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(v) || v < min || v > max) {
    throw new UserError(`--${name} must be a whole number from ${min} to ${max}, not "${text}"`, 2);
  }
  return v;
}

function numberArg(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const v = Number(text);
  if (text.trim() === '' || !Number.isFinite(v))
    throw new UserError(`--${name} must be a number, not "${text}"`, 2);
  return v;
}

export const KINDS = ['cohort', 'tornado', 'threshold', 'variants'] as const;
export type Kind = (typeof KINDS)[number];

/** The job the arguments ask for, or the list of inputs (threshold --input list). */
export function jobOf(
  kind: Kind,
  scenarios: Scenario[],
  values: Record<string, string | boolean | undefined>,
): AnalysisJob | 'list' {
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const first = scenarios[0]!;
  const seed = wholeArg('seed', str('seed'), first.settings.seed, 0, 0xffffffff);
  if (kind !== 'cohort' && kind !== 'variants' && scenarios.length > 1)
    throw new UserError(`${kind} takes one scenario file`, 2);
  switch (kind) {
    case 'cohort': {
      const weightsText = str('weights');
      const weights = weightsText
        ? weightsText.split(',').map((w) => numberArg('weights', w)!)
        : scenarios.map(() => 1);
      if (weights.length !== scenarios.length || weights.some((w) => !(w > 0)))
        throw new UserError(`--weights needs one positive number per scenario file (${scenarios.length})`, 2);
      const entry = str('entry') ?? 'spread';
      if (entry !== 'spread' && entry !== 'start')
        throw new UserError(`--entry must be spread or start, not "${entry}"`, 2);
      const outerDraws = wholeArg('draws', str('draws'), 200, 0, 100_000);
      if (outerDraws === 1) throw new UserError('--draws must be 0 (expected values only) or at least 2', 2);
      return {
        kind: 'cohort',
        spec: {
          familiesPerYear: wholeArg('families', str('families'), 40, 1, 1_000_000),
          years: wholeArg('years', str('years'), 3, 1, 20),
          entry,
          mix: scenarios.map((scenario, i) => ({
            name: localText(scenario.name, 'en'),
            scenario,
            weight: weights[i]!,
          })),
          outerDraws,
          innerFamilies: wholeArg('per-draw', str('per-draw'), 500, 2, 1_000_000),
          seed,
        },
      };
    }
    case 'tornado':
      return {
        kind: 'tornado',
        scenario: first,
        options: { iterations: wholeArg('iterations', str('iterations'), 2000, 1, 10_000_000), seed },
      };
    case 'threshold': {
      const ref = str('input');
      if (!ref) throw new UserError('threshold needs --input REF (use --input list to see them)', 2);
      if (ref === 'list') return 'list';
      const input = analysisInputs(first).find((i) => i.ref === ref);
      if (!input)
        throw new UserError(`no input "${ref}" in ${localText(first.name, 'en')} (use --input list)`, 2);
      const payer = str('payer');
      if (payer !== undefined && !first.payers.some((p) => p.id === payer))
        throw new UserError(`no payer "${payer}"; payers: ${first.payers.map((p) => p.id).join(', ')}`, 2);
      const H = first.settings.horizonMonths;
      const outerDraws = wholeArg('draws', str('draws'), 20, 0, 100_000);
      if (outerDraws === 1) throw new UserError('--draws must be 0 or at least 2', 2);
      return {
        kind: 'threshold',
        scenario: first,
        options: {
          ref,
          lower: numberArg('lower', str('lower')) ?? input.lower,
          upper: numberArg('upper', str('upper')) ?? input.upper,
          target: {
            payerId: payer ?? null,
            byMonth: wholeArg('by-month', str('by-month'), H, 1, H),
            discounted: values.nominal !== true,
          },
          iterations: wholeArg('iterations', str('iterations'), 2000, 1, 10_000_000),
          seed,
          outerDraws,
        },
      };
    }
    case 'variants':
      if (scenarios.length < 2) throw new UserError('variants needs two or more scenario files', 2);
      return {
        kind: 'variants',
        variants: scenarios.map((scenario) => ({ name: localText(scenario.name, 'en'), scenario })),
        iterations: wholeArg('iterations', str('iterations'), 10_000, 1, 10_000_000),
        seed,
      };
  }
}
