import type { Program } from './program';

/** What a run streams besides per-iteration totals. */
export interface RunOutputs {
  /** Monthly mean cost per path and payer, and the SD per month (the "buckets" mode). */
  monthly: boolean;
  /** Percentile bands of cumulative cost per month (streamed log histograms; implies monthly). */
  bands: boolean;
}

export const FULL_OUTPUTS: RunOutputs = { monthly: true, bands: true };

/** Measures kept per iteration and path: whole horizon / short term, discounted / not. */
export const MEASURES = ['horizon', 'horizonUndiscounted', 'shortTerm', 'shortTermUndiscounted'] as const;
export type Measure = (typeof MEASURES)[number];
export const N_MEASURES = MEASURES.length;
export const N_PATHS = 2;

/** Iterations per chunk: float sums are added per chunk, then chunks in order (bit-identical merges). */
export const CHUNK_SIZE = 2048;

/**
 * Log-bucket histogram of cumulative cost (bench kit, summary.mjs): HK mantissa bits give 2^HK
 * linear sub-bins per octave; bin 0 holds values below 1 euro; NB bins reach ~2.9e7 euros.
 */
export const HIST_HK = 4;
export const HIST_NB = 400;
export const HIST_SHIFT = 20 - HIST_HK;
export const HIST_BASE = (1023 << HIST_HK) - 1;

export interface Layout {
  nPayers: number;
  nEvents: number;
  horizon: number;
  /** Float64 sums per chunk: payer sums, then monthly S, then SS. */
  payerSumsOffset: number;
  monthlyOffset: number;
  squaresOffset: number;
  sumsLength: number;
  histLength: number;
}

export function layoutOf(p: Program, outputs: RunOutputs): Layout {
  const nPayers = p.payerIds.length;
  const H = p.horizon;
  const monthly = outputs.monthly || outputs.bands;
  const payerSums = N_PATHS * nPayers * N_MEASURES;
  const monthlyLen = monthly ? N_PATHS * nPayers * H : 0;
  const squaresLen = monthly ? N_PATHS * H : 0;
  return {
    nPayers,
    nEvents: p.events.length,
    horizon: H,
    payerSumsOffset: 0,
    monthlyOffset: payerSums,
    squaresOffset: payerSums + monthlyLen,
    sumsLength: payerSums + monthlyLen + squaresLen,
    histLength: outputs.bands ? N_PATHS * H * HIST_NB : 0,
  };
}

/** The results of a contiguous block of iterations. Arrays are transferable. */
export interface ChunkResult {
  chunk: number;
  start: number;
  count: number;
  /** [iteration][path][measure] */
  totals: Float64Array;
  /** [iteration][path][payer], discounted over the horizon. Float32: 7 digits suffice per family. */
  payerTotals: Float32Array;
  /** First month from which the pilot stays at or below the reference (discounted); -1 = never. */
  breakEven: Int16Array;
  /** [iteration][event column]: onset month, -1 when the event did not happen within the horizon. */
  eventOnsets: Int16Array;
  /** [iteration][path]: chosen branch, 255 when the path has none. */
  branches: Uint8Array;
  /** Float64 sums over the chunk's iterations (see Layout). */
  sums: Float64Array;
  /** [event column][count, months in state, onset sum]: integers, so order does not matter. */
  eventSums: Float64Array;
  /** Uint32 histogram counts [path][month][bin]; empty without bands. */
  hist: Uint32Array;
}
