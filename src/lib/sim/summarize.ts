import type { PathId } from '../model/path';
import type { EventKind } from '../model/risk-event';
import type { Scenario } from '../model/scenario';
import { scenarioHash } from '../model/scenario-hash';
import { SCHEMA_VERSION } from '../model/scenario';
import { ENGINE_VERSION } from './engine-version';
import { compileScenario, discountFactors } from './program';
import { GENERATOR_NAME } from './random';
import type { RunData } from './run-accumulator';
import { CHUNK_SIZE, HIST_HK, HIST_NB, MEASURES, N_MEASURES, N_PATHS, type Measure } from './run-layout';
import { sampleStats, type SampleStats } from './statistics';

/** Everything needed to reproduce a run's numbers exactly. */
export interface Reproducibility {
  seed: number;
  iterations: number;
  engineVersion: string;
  generator: string;
  chunkSize: number;
  schemaVersion: number;
  /** SHA-256 of the scenario's canonical JSON (with the run's seed and iterations in its settings). */
  scenarioHash: string;
  /** The year whose euros the costs are in. */
  priceYear: number;
  /** The price list (and version) the scenario's priced steps came from, if any. */
  priceList: { id: string; version: string } | null;
}

export interface MeasureSummary {
  pilot: SampleStats;
  reference: SampleStats;
  /** reference - pilot: positive means the pilot saves money. */
  difference: SampleStats;
  /** Share of iterations in which the pilot costs less than the reference. */
  pPilotCheaper: number;
}

export interface PayerSummary {
  id: string;
  /** Mean cost per family, by measure. */
  pilot: Record<Measure, number>;
  reference: Record<Measure, number>;
  difference: Record<Measure, number>;
}

export interface EventSummary {
  path: PathId;
  id: string;
  kind: EventKind;
  /** Share of iterations in which it happened within the horizon. */
  incidence: number;
  /** Mean months in its state within the horizon, over the iterations in which it happened. */
  meanMonthsIfHappened: number | null;
  /** Mean months in its state per family (0 where it did not happen). */
  meanMonths: number;
  meanOnsetIfHappened: number | null;
}

export interface BreakEvenSummary {
  /** Share of iterations with a break-even month within the horizon. */
  share: number;
  /** Percentiles over all iterations, null where they fall in "not within the horizon". */
  p5: number | null;
  p50: number | null;
  p95: number | null;
  /** Iterations per break-even month (index = month); never-break-even ones not included. */
  countsByMonth: number[];
}

export interface PathMonthly {
  /** Mean discounted cost in each month. */
  mean: number[];
  /** SD of the discounted cost in each month. */
  sd: number[];
  /** Mean cumulative discounted cost at the end of each month. */
  cumulativeMean: number[];
  /** Percentile bands of cumulative discounted cost (from streamed log histograms; within ~3 %). */
  bands: { p5: number[]; p25: number[]; p50: number[]; p75: number[]; p95: number[] } | null;
}

export interface RunSummary {
  reproducibility: Reproducibility;
  settings: {
    horizonMonths: number;
    shortTermMonths: number;
    discountRate: number;
    priceYear: number;
    currency: string;
  };
  measures: Record<Measure, MeasureSummary>;
  breakEven: BreakEvenSummary;
  payers: PayerSummary[];
  events: EventSummary[];
  monthly: { pilot: PathMonthly; reference: PathMonthly } | null;
}

/** Turn a run's raw data into what a run reports (model.md, "What a run reports"). */
export function summarizeRun(scenario: Scenario, data: RunData, seed: number): RunSummary {
  const N = data.iterations;
  const L = data.layout;
  const H = L.horizon;
  const st = scenario.settings;
  const column = (p: number, m: number) => {
    const out = new Float64Array(N);
    for (let i = 0; i < N; i++) out[i] = data.totals[(i * N_PATHS + p) * N_MEASURES + m];
    return out;
  };
  const measures = {} as Record<Measure, MeasureSummary>;
  MEASURES.forEach((name, m) => {
    const pilot = column(0, m);
    const reference = column(1, m);
    const diff = new Float64Array(N);
    let cheaper = 0;
    for (let i = 0; i < N; i++) {
      diff[i] = reference[i] - pilot[i];
      if (diff[i] > 0) cheaper++;
    }
    measures[name] = {
      pilot: sampleStats(pilot),
      reference: sampleStats(reference),
      difference: sampleStats(diff),
      pPilotCheaper: cheaper / N,
    };
  });

  // Break-even: "never" sorts above every month.
  const be = Float64Array.from(data.breakEven, (x) => (x < 0 ? Infinity : x)).sort();
  const counts = new Array<number>(H).fill(0);
  let within = 0;
  for (let i = 0; i < N; i++) {
    const b = data.breakEven[i];
    if (b >= 0) {
      counts[b]++;
      within++;
    }
  }
  const pct = (p: number) => {
    const v = be[Math.min(N - 1, Math.floor(p * (N - 1) + 0.5))];
    return Number.isFinite(v) ? v : null;
  };

  const payers: PayerSummary[] = scenario.payers.map((payer, q) => {
    const byPath = [0, 1].map((p) => {
      const r = {} as Record<Measure, number>;
      MEASURES.forEach((name, m) => {
        r[name] = data.sums[L.payerSumsOffset + (p * L.nPayers + q) * N_MEASURES + m] / N;
      });
      return r;
    });
    const difference = {} as Record<Measure, number>;
    for (const name of MEASURES) difference[name] = byPath[1][name] - byPath[0][name];
    return { id: payer.id, pilot: byPath[0], reference: byPath[1], difference };
  });

  const events: EventSummary[] = [];
  let col = 0;
  for (const c of compileScenario(scenario).events) {
    const count = data.eventSums[col * 3];
    const months = data.eventSums[col * 3 + 1];
    const onset = data.eventSums[col * 3 + 2];
    events.push({
      path: c.path,
      id: c.id,
      kind: c.kind,
      incidence: count / N,
      meanMonthsIfHappened: count > 0 ? months / count : null,
      meanMonths: months / N,
      meanOnsetIfHappened: count > 0 ? onset / count : null,
    });
    col++;
  }

  return {
    reproducibility: {
      seed,
      iterations: N,
      engineVersion: ENGINE_VERSION,
      generator: GENERATOR_NAME,
      chunkSize: CHUNK_SIZE,
      schemaVersion: SCHEMA_VERSION,
      scenarioHash: scenarioHash({ ...scenario, settings: { ...st, seed, iterations: N } }),
      priceYear: st.priceYear,
      priceList: scenario.priceList ?? null,
    },
    settings: {
      horizonMonths: st.horizonMonths,
      shortTermMonths: Math.min(st.shortTermMonths, st.horizonMonths),
      discountRate: st.discountRate,
      priceYear: st.priceYear,
      currency: st.currency,
    },
    measures,
    breakEven: { share: within / N, p5: pct(0.05), p50: pct(0.5), p95: pct(0.95), countsByMonth: counts },
    payers,
    events,
    monthly: L.monthlyOffset < L.squaresOffset ? monthlySummary(data, st.discountRate) : null,
  };
}

function monthlySummary(data: RunData, rate: number): { pilot: PathMonthly; reference: PathMonthly } {
  const L = data.layout;
  const H = L.horizon;
  const N = data.iterations;
  const { DF } = discountFactors(rate, H);
  const path = (p: number): PathMonthly => {
    const mean = new Array<number>(H).fill(0);
    for (let q = 0; q < L.nPayers; q++) {
      const off = L.monthlyOffset + (p * L.nPayers + q) * H;
      for (let t = 0; t < H; t++) mean[t] += (data.sums[off + t] / N) * DF[t];
    }
    const sd = mean.map((m, t) => Math.sqrt(Math.max(0, data.sums[L.squaresOffset + p * H + t] / N - m * m)));
    const cumulativeMean: number[] = [];
    mean.reduce((a, m) => (cumulativeMean.push(a + m), a + m), 0);
    let bands: PathMonthly['bands'] = null;
    if (data.hist.length) {
      const b = {
        p5: [] as number[],
        p25: [] as number[],
        p50: [] as number[],
        p75: [] as number[],
        p95: [] as number[],
      };
      for (let t = 0; t < H; t++) {
        const off = (p * H + t) * HIST_NB;
        b.p5.push(histQuantile(data.hist, off, N, 0.05));
        b.p25.push(histQuantile(data.hist, off, N, 0.25));
        b.p50.push(histQuantile(data.hist, off, N, 0.5));
        b.p75.push(histQuantile(data.hist, off, N, 0.75));
        b.p95.push(histQuantile(data.hist, off, N, 0.95));
      }
      bands = b;
    }
    return { mean, sd, cumulativeMean, bands };
  };
  return { pilot: path(0), reference: path(1) };
}

function binLowerEdge(b: number): number {
  if (b === 0) return 0;
  const e = (b - 1) >> HIST_HK;
  const m = (b - 1) & ((1 << HIST_HK) - 1);
  return Math.pow(2, e) * (1 + m / (1 << HIST_HK));
}

/** Quantile from a log-bucket histogram, linear within the bin (bench kit, summary.mjs). */
export function histQuantile(hist: Uint32Array, off: number, total: number, q: number): number {
  const target = q * total;
  let cum = 0;
  for (let b = 0; b < HIST_NB; b++) {
    const c = hist[off + b];
    if (c > 0 && cum + c >= target) {
      const lo = binLowerEdge(b);
      const hi = b === 0 ? 1 : binLowerEdge(b + 1);
      return lo + ((target - cum) / c) * (hi - lo);
    }
    cum += c;
  }
  return binLowerEdge(HIST_NB);
}
