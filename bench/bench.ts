/**
 * `npm run bench`: PathCost's engine against the bench kit's reference engines, in one run.
 *
 *   npm run bench                      # N = 100,000, 3 rounds, 2 warm reps, modes totals,buckets,bands, + 1M
 *   npm run bench -- --quick           # smoke test: N = 20,000, 1 round, 1 rep, no 1M job
 *   npm run bench -- --n 50000 --rounds 5 --reps 3 --modes totals,bands --skip-1m
 *
 * The canonical workload (../shared/bench/workload.mjs, beside the repo) runs as a PathCost
 * scenario (bench/workload-scenario.ts) through `runInline`, and as itself through the kit's
 * `ref-codegen` (the baseline) and `ref-table` engines. Every (engine, mode) job is a fresh node
 * process; the jobs are interleaved round-robin over the rounds (engine order rotated each round)
 * so that machine drift hits every engine alike. Inside a process the first call is a cold
 * warm-up (JIT compilation; reported separately), then `reps` timed warm calls. Throughput is
 * the median over all warm calls of all rounds (min..max beside it).
 *
 * PathCost's child is bench/bench-child.ts bundled with esbuild into a plain ESM file first:
 * running it through tsx would make every imported binding a getter call (~2x slower engine).
 * The reference engines run through the kit's own `bench.mjs --child` mode.
 *
 * Agreement: z = (mean_pathcost - mean_ref) / hypot(se, se_ref) of each path's discounted horizon
 * total, per mode and reference engine; |z| > 4 is flagged. Peak memory: one extra job per engine
 * at N = 1,000,000 in bands mode (the mode with the most state; per-iteration arrays are the same
 * in every mode), a single call (no warm reps, so one run's arrays are alive), max RSS of the process.
 *
 * Exit code 1 when a job fails or a mean disagrees (|z| > 4); the speed and memory goals are
 * printed, not enforced.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, version as esbuildVersion, type Plugin } from 'esbuild';
import type { BenchMode } from './bench-child';

const ALL_MODES: BenchMode[] = ['totals', 'buckets', 'bands'];
const ENGINES = ['pathcost', 'ref-codegen', 'ref-table'] as const;
type EngineName = (typeof ENGINES)[number];
const BASELINE: EngineName = 'ref-codegen';
const REFS: EngineName[] = ['ref-codegen', 'ref-table'];
const GOAL_RATIO = 0.5;
const GOAL_MB = 300;
const N_1M = 1_000_000;
const MODE_1M: BenchMode = 'bands';
const Z_FLAG = 4;
const CHILD_TIMEOUT_MS = 30 * 60_000;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const kitDir = path.resolve(repoRoot, '../shared/bench');
const kitBench = path.join(kitDir, 'bench.mjs');
const childSource = path.join(repoRoot, 'bench/bench-child.ts');
const childBundle = path.join(repoRoot, 'node_modules/.cache/pathcost-bench/bench-child.mjs');

// ------------------------------------------------------------------------------------ options

interface Options {
  n: number;
  rounds: number;
  reps: number;
  modes: BenchMode[];
  run1M: boolean;
}

const USAGE = `usage: npm run bench -- [--quick] [--n N] [--rounds R] [--reps K] [--modes totals,buckets,bands] [--skip-1m]
  default: --n 100000 --rounds 3 --reps 2 --modes totals,buckets,bands, plus one 1M job per engine
  --quick: --n 20000 --rounds 1 --reps 1 and no 1M job (later flags override)`;

function parseOptions(argv: string[]): Options {
  const o: Options = { n: 100_000, rounds: 3, reps: 2, modes: [...ALL_MODES], run1M: true };
  if (argv.includes('--quick')) Object.assign(o, { n: 20_000, rounds: 1, reps: 1, run1M: false });
  const int = (flag: string, v: string | undefined, min: number): number => {
    const x = Number((v ?? '').replace(/_/g, ''));
    if (!Number.isInteger(x) || x < min) throw new Error(`${flag} needs an integer >= ${min}, got ${v}`);
    return x;
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--quick':
        break;
      case '--n':
        o.n = int(flag, value(), 2);
        break;
      case '--rounds':
        o.rounds = int(flag, value(), 1);
        break;
      case '--reps':
        o.reps = int(flag, value(), 1);
        break;
      case '--modes': {
        const modes = (value() ?? '').split(',').filter(Boolean);
        for (const m of modes)
          if (!ALL_MODES.includes(m as BenchMode))
            throw new Error(`unknown mode ${m} (${ALL_MODES.join(', ')})`);
        if (!modes.length) throw new Error('--modes needs at least one mode');
        o.modes = ALL_MODES.filter((m) => modes.includes(m));
        break;
      }
      case '--skip-1m':
        o.run1M = false;
        break;
      case '--with-1m':
        o.run1M = true;
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${argv[i]}\n${USAGE}`);
    }
  }
  return o;
}

// ------------------------------------------------------------------------------------ jobs

interface Job {
  engine: EngineName;
  mode: BenchMode;
  n: number;
  reps: number;
}

interface ChildOutput {
  coldMs: number;
  warmMs: number[];
  means: number[];
  ses: number[];
  maxRssMiB: number;
}

/** Bundle the PathCost child into a plain ESM file (see the header). */
async function buildChild(): Promise<void> {
  // The kit's workload.mjs prints itself when `import.meta.url` is the main script's URL, which
  // would be true inside the bundle: keep it external, imported from the kit at run time.
  const kitExternal: Plugin = {
    name: 'kit-external',
    setup(b) {
      b.onResolve({ filter: /shared\/bench\/.*\.mjs$/ }, (args) => ({
        path: pathToFileURL(path.resolve(args.resolveDir, args.path)).href,
        external: true,
      }));
    },
  };
  fs.mkdirSync(path.dirname(childBundle), { recursive: true });
  await build({
    entryPoints: [childSource],
    outfile: childBundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    plugins: [kitExternal],
  });
}

function runJob(job: Job): ChildOutput {
  const args =
    job.engine === 'pathcost'
      ? [childBundle, JSON.stringify({ mode: job.mode, n: job.n, reps: job.reps })]
      : [
          kitBench,
          '--child',
          JSON.stringify({ engine: job.engine, mode: job.mode, n: job.n, reps: job.reps, lazy: false }),
        ];
  // A plain node process: no tsx loader hooks inherited through NODE_OPTIONS.
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', ...args], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    timeout: CHILD_TIMEOUT_MS,
  });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    const why = r.signal ? `signal ${r.signal}` : `exit code ${r.status}`;
    throw new Error(`${why}: ${(r.stderr || r.stdout).trim().split('\n').slice(-5).join(' | ')}`);
  }
  const line = r.stdout.trim().split('\n').pop() ?? '';
  const out = JSON.parse(line) as ChildOutput;
  if (!Array.isArray(out.means) || out.means.length < 2 || !Array.isArray(out.warmMs))
    throw new Error(`unexpected child output: ${line.slice(0, 200)}`);
  return out;
}

// ------------------------------------------------------------------------------------ stats & format

interface Stats {
  median: number;
  min: number;
  max: number;
  n: number;
}
function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  const median = n % 2 ? s[(n - 1) / 2]! : 0.5 * (s[n / 2 - 1]! + s[n / 2]!);
  return { median, min: s[0]!, max: s[n - 1]!, n };
}
const rate = (n: number, ms: number) => (n / ms) * 1000;
function fmtRate(perSec: number): string {
  if (perSec >= 1e6) return `${(perSec / 1e6).toFixed(2)}M`;
  if (perSec >= 1e3) return `${(perSec / 1e3).toFixed(1)}k`;
  return perSec.toFixed(0);
}
const fmtInt = (x: number) => Math.round(x).toLocaleString('en-US');
const pad = (s: string | number, w: number) => String(s).padEnd(w);
const padL = (s: string | number, w: number) => String(s).padStart(w);
const mb = (mib: number) => (mib * 2 ** 20) / 1e6;

function machineInfo(): Record<string, string | number> {
  const cpus = os.cpus();
  return {
    node: process.version,
    v8: process.versions.v8,
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    availableParallelism: os.availableParallelism(),
    memGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    loadavg: os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    esbuild: esbuildVersion,
    date: new Date().toISOString(),
  };
}

/**
 * CPU ticks (Linux): the machine's busy and steal ticks from /proc/stat, and this process's own
 * plus its waited-for children's (the bench jobs) from /proc/self/stat. The difference tells how
 * much else ran on the machine during the bench. undefined elsewhere.
 */
interface CpuTicks {
  busy: number;
  steal: number;
  own: number;
  wallMs: number;
}
function cpuTicks(): CpuTicks | undefined {
  try {
    const cpu = fs
      .readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = cpu;
    const self = fs.readFileSync('/proc/self/stat', 'utf8');
    const f = self
      .slice(self.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    // fields 14..17 of /proc/self/stat (utime, stime, cutime, cstime); f[0] is field 3
    const own = f[11]! + f[12]! + f[13]! + f[14]!;
    return { busy: user + nice + system + irq + softirq, steal, own, wallMs: performance.now() };
  } catch {
    return undefined;
  }
}
/** Share of all cores used by other processes (and stolen by the hypervisor) between a and b. */
function backgroundLoad(a: CpuTicks | undefined, b: CpuTicks | undefined) {
  if (!a || !b) return undefined;
  const capacity = ((b.wallMs - a.wallMs) / 1000) * 100 * os.cpus().length; // USER_HZ = 100
  return {
    others: Math.max(0, b.busy - a.busy - (b.own - a.own)) / capacity,
    steal: (b.steal - a.steal) / capacity,
  };
}

// ------------------------------------------------------------------------------------ main

interface Result {
  job: Job;
  warm: number[];
  cold: number[];
  runs: ChildOutput[];
  /** Round index -> median it/s of that round's warm calls (for the paired ratio). */
  byRound: Map<number, number>;
  failures: string[];
}

async function main(): Promise<number> {
  const opt = parseOptions(process.argv.slice(2));

  const info = machineInfo();
  console.log('PathCost bench: canonical workload, PathCost engine vs bench-kit reference engines');
  console.log('machine');
  for (const [k, v] of Object.entries(info)) console.log(`  ${pad(k, 22)}${v}`);

  if (!fs.existsSync(kitBench))
    throw new Error(`bench kit not found at ${kitDir} (expected beside the repo)`);
  const { WORKLOAD } = (await import(pathToFileURL(path.join(kitDir, 'workload.mjs')).href)) as {
    WORKLOAD: { id: string; seed: number };
  };
  const t0 = performance.now();
  await buildChild();
  console.log(
    `\nworkload ${WORKLOAD.id} (seed ${WORKLOAD.seed}), kit ${path.relative(repoRoot, kitDir)}` +
      `\nPathCost child bundled in ${(performance.now() - t0).toFixed(0)} ms -> ${path.relative(repoRoot, childBundle)}`,
  );
  console.log(
    `N = ${fmtInt(opt.n)}, ${opt.rounds} round(s) x ${opt.reps} warm rep(s) after 1 cold call, modes ${opt.modes.join(',')}, ` +
      `engines ${ENGINES.join(',')}; each job a fresh process, interleaved` +
      (opt.run1M
        ? `; then 1 job per engine at N = ${fmtInt(N_1M)} (${MODE_1M}) for peak memory`
        : '; no 1M job'),
  );
  console.log(
    'PathCost semantics (bench/workload-scenario.ts): common random numbers across paths, uptake as Bernoulli(E[p]);' +
      '\nthe means must agree with the references (z), the draws do not match one to one.\n',
  );

  const jobs: Job[] = [];
  for (const mode of opt.modes)
    for (const engine of ENGINES) jobs.push({ engine, mode, n: opt.n, reps: opt.reps });
  const results = new Map<string, Result>(
    jobs.map((j) => [
      `${j.engine}/${j.mode}`,
      { job: j, warm: [], cold: [], runs: [], byRound: new Map(), failures: [] },
    ]),
  );
  let failed = 0;
  const runAndLog = (job: Job, label: string, R: Result, round: number) => {
    const t = performance.now();
    try {
      const out = runJob(job);
      R.warm.push(...out.warmMs);
      R.cold.push(out.coldMs);
      R.runs.push(out);
      if (out.warmMs.length) R.byRound.set(round, rate(job.n, stats(out.warmMs).median));
      console.log(
        `  ${pad(label, 9)}${pad(job.engine, 13)}${pad(job.mode, 9)}N=${pad(job.n, 9)}` +
          `warm ${pad(out.warmMs.map((x) => x.toFixed(0)).join('/') || '-', 12)}ms  cold ${padL(out.coldMs.toFixed(0), 6)} ms  ` +
          `RSS ${padL(out.maxRssMiB.toFixed(0), 4)} MiB  means ${out.means.map((m) => m.toFixed(0)).join(' / ')}` +
          `  (${((performance.now() - t) / 1000).toFixed(1)} s)`,
      );
    } catch (e) {
      failed++;
      const msg = e instanceof Error ? e.message : String(e);
      R.failures.push(msg);
      console.log(
        `  ${pad(label, 9)}${pad(job.engine, 13)}${pad(job.mode, 9)}N=${pad(job.n, 9)}FAILED ${msg.slice(0, 300)}`,
      );
    }
  };

  const tRun = performance.now();
  const ticks0 = cpuTicks();
  for (let r = 0; r < opt.rounds; r++) {
    for (const mode of opt.modes) {
      // Rotate the engine order each round so that no engine always runs right after another.
      const order = ENGINES.map((_, i) => ENGINES[(i + r) % ENGINES.length]!);
      for (const engine of order) {
        const R = results.get(`${engine}/${mode}`)!;
        runAndLog(R.job, `round ${r + 1}`, R, r);
      }
    }
  }

  const big = new Map<EngineName, Result>();
  if (opt.run1M) {
    for (const engine of ENGINES) {
      const job: Job = { engine, mode: MODE_1M, n: N_1M, reps: 0 };
      const R: Result = { job, warm: [], cold: [], runs: [], byRound: new Map(), failures: [] };
      big.set(engine, R);
      runAndLog(job, '1M', R, -1);
    }
  }
  const load = backgroundLoad(ticks0, cpuTicks());
  console.log(`\nwall time ${((performance.now() - tRun) / 1000).toFixed(0)} s`);
  if (load) {
    const pct = (x: number) => `${(100 * x).toFixed(0)} %`;
    console.log(
      `machine noise during the run: other processes used ${pct(load.others)} of the ${os.cpus().length} cores, ` +
        `hypervisor steal ${pct(load.steal)}, load average now ${os
          .loadavg()
          .map((x) => x.toFixed(2))
          .join(' ')}` +
        (load.others + load.steal > 0.1
          ? '\n  WARNING: the machine was busy; absolute and relative figures are noisy'
          : ''),
    );
  }

  // ---------------------------------------------------------------- throughput table
  interface Row {
    engine: EngineName;
    mode: BenchMode;
    itps: number;
    itpsMin: number;
    itpsMax: number;
    coldItps: number;
    samples: number;
    rssMiB: number;
    means: number[];
    ses: number[];
    byRound: Map<number, number>;
  }
  const rows: Row[] = [];
  for (const R of results.values()) {
    if (!R.warm.length) continue;
    const s = stats(R.warm);
    const last = R.runs[R.runs.length - 1]!;
    rows.push({
      engine: R.job.engine,
      mode: R.job.mode,
      itps: rate(R.job.n, s.median),
      itpsMin: rate(R.job.n, s.max),
      itpsMax: rate(R.job.n, s.min),
      coldItps: rate(R.job.n, stats(R.cold).median),
      samples: s.n,
      rssMiB: Math.max(...R.runs.map((x) => x.maxRssMiB)),
      means: last.means,
      ses: last.ses,
      byRound: R.byRound,
    });
  }
  const row = (engine: EngineName, mode: BenchMode) =>
    rows.find((x) => x.engine === engine && x.mode === mode);
  /** Ratios to the baseline round by round (the two jobs ran minutes apart at most), median..range. */
  const paired = (x: Row, base: Row | undefined): Stats | undefined => {
    if (!base) return undefined;
    const rs = [...x.byRound].filter(([r]) => base.byRound.has(r)).map(([r, v]) => v / base.byRound.get(r)!);
    return rs.length ? stats(rs) : undefined;
  };

  console.log(
    `\nthroughput at N = ${fmtInt(opt.n)} (iterations/s; median of ${opt.rounds * opt.reps} warm calls, min..max; ` +
      `x = median / ${BASELINE} median; goal for pathcost >= ${GOAL_RATIO}x in every mode;` +
      `\n paired x = median (min..max) over rounds of the ratio within one round, less sensitive to machine drift)`,
  );
  const hdr =
    pad('mode', 9) +
    pad('engine', 13) +
    padL('it/s', 9) +
    '  ' +
    pad('min..max', 16) +
    padL(`x ${BASELINE}`, 15) +
    padL('paired x', 20) +
    padL('cold it/s', 11) +
    padL('RSS MiB', 9) +
    '  ' +
    pad('mean pilot +- se', 20) +
    'mean reference +- se';
  console.log(hdr);
  console.log('-'.repeat(hdr.length + 4));
  for (const mode of opt.modes) {
    const base = row(BASELINE, mode);
    for (const engine of ENGINES) {
      const x = row(engine, mode);
      if (!x) {
        console.log(pad(mode, 9) + pad(engine, 13) + 'FAILED');
        continue;
      }
      const ratio = base ? x.itps / base.itps : NaN;
      const goal = engine === 'pathcost' && base ? (ratio >= GOAL_RATIO ? ' ok' : ' MISS') : '';
      const pr = engine === BASELINE ? undefined : paired(x, base);
      const prText = pr ? `${pr.median.toFixed(2)} (${pr.min.toFixed(2)}..${pr.max.toFixed(2)})` : '-';
      console.log(
        pad(mode, 9) +
          pad(engine, 13) +
          padL(fmtRate(x.itps), 9) +
          '  ' +
          pad(`${fmtRate(x.itpsMin)}..${fmtRate(x.itpsMax)}`, 16) +
          padL(`${ratio.toFixed(2)}x${goal}`, 15) +
          padL(prText, 20) +
          padL(fmtRate(x.coldItps), 11) +
          padL(x.rssMiB.toFixed(0), 9) +
          '  ' +
          pad(`${fmtInt(x.means[0]!)} +- ${fmtInt(x.ses[0]!)}`, 20) +
          `${fmtInt(x.means[1]!)} +- ${fmtInt(x.ses[1]!)}`,
      );
    }
  }

  // ---------------------------------------------------------------- agreement
  console.log(
    `\nagreement of the means (discounted horizon total per path): z = (mean_pathcost - mean_ref) / hypot(se, se_ref), flag |z| > ${Z_FLAG}`,
  );
  console.log(pad('mode', 9) + pad('vs', 13) + padL('z pilot', 9) + padL('z reference', 13));
  let flagged = 0;
  const zLine = (
    label: string,
    against: string,
    pc: ChildOutput | Row | undefined,
    ref: ChildOutput | Row | undefined,
  ) => {
    if (!pc || !ref) {
      console.log(pad(label, 9) + pad(against, 13) + '  -  (missing result)');
      return;
    }
    const zs = [0, 1].map((p) => (pc.means[p]! - ref.means[p]!) / Math.hypot(pc.ses[p]!, ref.ses[p]!));
    const bad = zs.filter((z) => !(Math.abs(z) <= Z_FLAG)).length;
    flagged += bad;
    console.log(
      pad(label, 9) +
        pad(against, 13) +
        zs.map((z, i) => padL(z.toFixed(2), i ? 13 : 9)).join('') +
        (bad ? `  <-- |z| > ${Z_FLAG}: MEANS DISAGREE` : '  ok'),
    );
  };
  for (const mode of opt.modes)
    for (const ref of REFS) zLine(mode, ref, row('pathcost', mode), row(ref, mode));
  if (opt.run1M) {
    const pc = big.get('pathcost')?.runs[0];
    for (const ref of REFS) zLine(`1M ${MODE_1M}`, ref, pc, big.get(ref)?.runs[0]);
  }

  // ---------------------------------------------------------------- memory at 1M
  if (opt.run1M) {
    console.log(
      `\npeak memory at N = ${fmtInt(N_1M)} (${MODE_1M} mode, one call per process, max RSS of the whole process; ` +
        `goal for pathcost <= ${GOAL_MB} MB)`,
    );
    console.log(pad('engine', 13) + padL('max RSS', 18) + padL('it/s (1 cold call)', 21));
    for (const engine of ENGINES) {
      const out = big.get(engine)?.runs[0];
      if (!out) {
        console.log(pad(engine, 13) + 'FAILED');
        continue;
      }
      const goal = engine === 'pathcost' ? (mb(out.maxRssMiB) <= GOAL_MB ? '  ok' : '  MISS') : '';
      console.log(
        pad(engine, 13) +
          padL(`${out.maxRssMiB.toFixed(0)} MiB = ${mb(out.maxRssMiB).toFixed(0)} MB`, 18) +
          padL(fmtRate(rate(N_1M, out.coldMs)), 21) +
          goal,
      );
    }
    console.log(
      "(the reference engines' RSS includes the kit's summary: percentiles and copies of the totals)",
    );
  }

  // ---------------------------------------------------------------- goals
  console.log('\ngoals (pathcost)');
  for (const mode of opt.modes) {
    const pc = row('pathcost', mode);
    const base = row(BASELINE, mode);
    const ratio = pc && base ? pc.itps / base.itps : NaN;
    console.log(
      `  ${pad(mode, 9)}${pad(`${ratio.toFixed(2)}x ${BASELINE}`, 20)}goal >= ${GOAL_RATIO}x   ` +
        (Number.isNaN(ratio) ? 'n/a' : ratio >= GOAL_RATIO ? 'MET' : 'NOT MET'),
    );
  }
  if (opt.run1M) {
    const out = big.get('pathcost')?.runs[0];
    console.log(
      `  ${pad('1M RSS', 9)}${pad(out ? `${mb(out.maxRssMiB).toFixed(0)} MB` : 'n/a', 20)}goal <= ${GOAL_MB} MB  ` +
        (out ? (mb(out.maxRssMiB) <= GOAL_MB ? 'MET' : 'NOT MET') : 'n/a'),
    );
  } else
    console.log(
      `  ${pad('1M RSS', 9)}${pad('not measured', 20)}goal <= ${GOAL_MB} MB  (run without --quick / --skip-1m)`,
    );
  console.log(
    `  ${pad('means', 9)}${pad(flagged ? `${flagged} flagged` : 'all |z| <= 4', 20)}` +
      (flagged ? 'DISAGREE' : 'agree'),
  );

  if (failed) console.log(`\n${failed} job(s) FAILED`);
  return failed || flagged ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
