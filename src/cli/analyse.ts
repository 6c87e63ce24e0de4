/**
 * The policymaker's analyses on the command line, for researchers' batch runs:
 *   npm run analyse -- cohort scenario.json [more.json ...] [--families N] [--years Y] ...
 *   npm run analyse -- tornado scenario.json [--iterations N] [--seed S]
 *   npm run analyse -- threshold scenario.json --input REF [--lower A --upper B] ...
 *   npm run analyse -- variants a.json b.json [...] [--iterations N] [--seed S]
 * Prints the result as JSON (the same objects the app's Funding view shows). Exit codes as
 * `npm run sim`: 0 ok, 1 a file cannot be read or written, 2 bad arguments or an invalid
 * scenario, 3 the simulation stopped on a value it cannot use.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analysisInputs } from '../lib/analysis/analysis-inputs';
import { jobOf, KINDS, UserError, type Kind } from './analyse-args';
import { runAnalysisJob } from '../lib/analysis/analysis-job';
import { problemLine } from '../lib/model/problem';
import type { Scenario } from '../lib/model/scenario';
import { validateScenarioJson } from '../lib/model/validate-scenario';
import { APP_VERSION } from '../lib/app-version';
import { ENGINE_VERSION } from '../lib/sim/engine-version';
import { SimulationError } from '../lib/sim/engine';

const USAGE = `usage: npm run analyse -- <cohort|tornado|threshold|variants> scenario.json [more.json ...] [options]

  cohort      budget of a cohort per calendar year and payer (nested simulation)
                --families N (default 40, illustrative)  --years Y (default 3)
                --entry spread|start (default spread)   --weights 60,40 (one per scenario file)
                --draws K (outer parameter draws, 0 or >= 2; default 200)
                --per-draw M (families per draw; default 500)
  tornado     one-way sensitivity of the expected saving (first scenario file)
                --iterations N (default 2000)
  threshold   the value of one input at which the pilot breaks even (first scenario file)
                --input REF (e.g. parameters[3].value; 'list' prints the inputs)
                --lower A --upper B (default: the input's range)  --payer ID (default all payers)
                --by-month M (default the horizon)  --nominal (default discounted)
                --iterations N (default 2000)  --draws K (for its interval; default 20)
  variants    two or more scenarios side by side  --iterations N (default 10000)

  --seed S    random seed (default: the first scenario's)
  --out FILE  write the JSON to FILE instead of standard output`;

function readScenario(file: string): Scenario {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message;
    throw new UserError(`cannot read ${file}: ${why}`, 1);
  }
  const v = validateScenarioJson(text);
  for (const w of v.warnings) process.stderr.write(`warning: ${file}: ${problemLine(w)}\n`);
  if (!v.ok) {
    const n = v.problems.length;
    throw new UserError(
      `${file} is not a valid scenario (${n} problem${n === 1 ? '' : 's'}):\n${v.problems.map((p) => `  ${problemLine(p)}`).join('\n')}`,
      2,
    );
  }
  return v.scenario;
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        families: { type: 'string' },
        years: { type: 'string' },
        entry: { type: 'string' },
        weights: { type: 'string' },
        draws: { type: 'string' },
        'per-draw': { type: 'string' },
        iterations: { type: 'string' },
        input: { type: 'string' },
        lower: { type: 'string' },
        upper: { type: 'string' },
        payer: { type: 'string' },
        'by-month': { type: 'string' },
        nominal: { type: 'boolean', default: false },
        seed: { type: 'string' },
        out: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new UserError(`${(e as Error).message}\n\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [kind, ...files] = positionals;
  if (!KINDS.includes(kind as Kind))
    throw new UserError(`say which analysis: ${KINDS.join(', ')}\n\n${USAGE}`, 2);
  if (files.length === 0) throw new UserError(`give a scenario file\n\n${USAGE}`, 2);
  const scenarios = files.map(readScenario);
  const job = jobOf(kind as Kind, scenarios, values);
  let output: unknown;
  if (job === 'list') {
    output = analysisInputs(scenarios[0]!).map((i) => ({
      ref: i.ref,
      label: i.label.en,
      uncertain: i.uncertain,
      mean: i.mean,
      lower: i.lower,
      upper: i.upper,
    }));
  } else {
    const showProgress = !values.quiet && process.stderr.isTTY;
    const result = runAnalysisJob(
      job,
      showProgress
        ? (done, total) => process.stderr.write(`\r${kind} ${Math.round((100 * done) / total)} %`)
        : undefined,
    );
    if (showProgress) process.stderr.write('\r\x1b[K');
    output = { ...result, appVersion: APP_VERSION, engineVersion: ENGINE_VERSION, files };
  }
  const text = `${JSON.stringify(output, null, 2)}\n`;
  if (values.out) {
    try {
      writeFileSync(values.out, text);
    } catch (e) {
      throw new UserError(`cannot write ${values.out}: ${(e as Error).message}`, 1);
    }
  } else process.stdout.write(text);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UserError) {
    process.stderr.write(`pathcost: ${e.message}\n`);
    process.exitCode = e.exitCode;
  } else if (e instanceof SimulationError) {
    process.stderr.write(`pathcost: the simulation stopped: ${e.message}\n`);
    process.exitCode = 3;
  } else if (e instanceof RangeError) {
    process.stderr.write(`pathcost: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    throw e;
  }
}
