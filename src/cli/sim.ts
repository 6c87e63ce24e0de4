/**
 * PathCost on the command line, for researchers' batch runs:
 *   npm run sim -- scenario.json [--iterations N] [--seed S] [--format json|csv] [--out FILE]
 * Prints the run's summary as JSON, or writes per-iteration results as long-format CSV.
 * Exit codes: 0 ok, 1 file cannot be read or written, 2 bad arguments or an invalid scenario,
 * 3 the simulation stopped on a value it cannot use.
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { problemLine } from '../lib/model/problem';
import { validateScenarioJson } from '../lib/model/validate-scenario';
import { iterationsCsv } from '../lib/io/iterations-csv';
import { SimulationError } from '../lib/sim/engine';
import { runInline } from '../lib/sim/run-inline';
import { summarizeRun } from '../lib/sim/summarize';
import { MAX_ITERATIONS } from '../lib/model/settings';

const USAGE = `usage: npm run sim -- scenario.json [--iterations N] [--seed S] [--format json|csv] [--out FILE]

  --iterations N   number of simulated families (default: the scenario's settings)
  --seed S         random seed, 0..4294967295 (default: the scenario's settings)
  --format F       json (summary, default) or csv (per-iteration results, long format)
  --out FILE       write to FILE instead of standard output
  --quiet          no progress on standard error`;

class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

function integerArg(name: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const v = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(v) || v < min || v > max) {
    throw new UserError(`--${name} must be a whole number from ${min} to ${max}, not "${text}"`, 2);
  }
  return v;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        iterations: { type: 'string' },
        seed: { type: 'string' },
        format: { type: 'string', default: 'json' },
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
  if (positionals.length !== 1) throw new UserError(`give exactly one scenario file\n\n${USAGE}`, 2);
  const format = values.format;
  if (format !== 'json' && format !== 'csv')
    throw new UserError(`--format must be json or csv, not "${format}"`, 2);
  const iterations = integerArg('iterations', values.iterations, 1, MAX_ITERATIONS);
  const seed = integerArg('seed', values.seed, 0, 0xffffffff);
  const file = positionals[0]!;

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
  for (const w of v.warnings) process.stderr.write(`warning: ${problemLine(w)}\n`);
  if (!v.ok) {
    const n = v.problems.length;
    throw new UserError(
      `${file} is not a valid scenario (${n} problem${n === 1 ? '' : 's'}):\n${v.problems.map((p) => `  ${problemLine(p)}`).join('\n')}`,
      2,
    );
  }
  const scenario = v.scenario;
  const runSeed = seed ?? scenario.settings.seed;
  const n = iterations ?? scenario.settings.iterations;
  const showProgress = !values.quiet && process.stderr.isTTY;
  const data = runInline(scenario, {
    iterations: n,
    seed: runSeed,
    onProgress: showProgress
      ? (done, total) => process.stderr.write(`\rsimulating ${Math.round((100 * done) / total)} %`)
      : undefined,
  });
  if (showProgress) process.stderr.write('\r\x1b[K');

  const out = values.out ? createWriteStream(values.out) : process.stdout;
  const write = (chunk: string) =>
    new Promise<void>((resolve, reject) => {
      if (out.write(chunk)) resolve();
      else out.once('drain', resolve);
      out.once('error', reject);
    });
  try {
    if (format === 'json') await write(`${JSON.stringify(summarizeRun(scenario, data, runSeed), null, 2)}\n`);
    else for (const block of iterationsCsv(scenario, data)) await write(block);
    if (values.out)
      await new Promise<void>((resolve, reject) =>
        (out as NodeJS.WritableStream).end(() => resolve()).once?.('error', reject),
      );
  } catch (e) {
    throw new UserError(`cannot write ${values.out ?? 'output'}: ${(e as Error).message}`, 1);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UserError) {
      process.stderr.write(`pathcost: ${e.message}\n`);
      process.exitCode = e.exitCode;
    } else if (e instanceof SimulationError) {
      process.stderr.write(`pathcost: the simulation stopped: ${e.message}\n`);
      process.exitCode = 3;
    } else {
      throw e;
    }
  },
);
