import { z } from 'zod';
import { idSchema } from '../model/id';
import { localTextSchema } from '../model/local-text';
import { scenarioSchema, type Scenario } from '../model/scenario';
import type { RunData } from '../sim/run-accumulator';
import type { RunSummary } from '../sim/summarize';

/** Per-iteration data is kept with a saved run only up to this many bytes (the summary always). */
export const RUN_DATA_CAP_BYTES = 2 * 1024 * 1024;
/** Saved runs kept per scenario (the oldest go first), so live re-runs cannot fill the disk. */
export const RUNS_KEPT_PER_SCENARIO = 30;

const stats = z.looseObject({
  mean: z.number(),
  p5: z.number(),
  p95: z.number(),
});
const measure = z.looseObject({
  pilot: stats,
  reference: stats,
  difference: stats,
  pPilotCheaper: z.number(),
});

/** What the app reads from a stored summary: checked on read, the rest carried as is. */
const runSummarySchema = z.looseObject({
  reproducibility: z.looseObject({
    seed: z.number(),
    iterations: z.number().int(),
    engineVersion: z.string(),
    generator: z.string(),
    scenarioHash: z.string(),
    priceYear: z.number(),
  }),
  settings: z.looseObject({
    horizonMonths: z.number(),
    shortTermMonths: z.number(),
    discountRate: z.number(),
    priceYear: z.number(),
  }),
  measures: z.looseObject({
    horizon: measure,
    horizonUndiscounted: measure,
    shortTerm: measure,
    shortTermUndiscounted: measure,
  }),
  breakEven: z.looseObject({ share: z.number() }),
});

const typed = <T>(ctor: abstract new (...a: never[]) => T) => z.custom<T>((x) => x instanceof ctor);
const runDataSchema = z.looseObject({
  iterations: z.number().int(),
  layout: z.looseObject({}),
  totals: typed(Float64Array),
  payerTotals: typed(Float32Array),
  breakEven: typed(Int16Array),
  eventOnsets: typed(Int16Array),
  branches: typed(Uint8Array),
  sums: typed(Float64Array),
  eventSums: typed(Float64Array),
  hist: typed(Uint32Array),
});

/**
 * A completed run as stored: its summary (with the reproducibility block), the scenario exactly
 * as it ran, which stored scenario and revision it belongs to, and its per-iteration data when
 * that is small enough.
 */
export const savedRunSchema = z.strictObject({
  id: z.string().min(1).max(200),
  scenarioId: idSchema,
  /** The stored revision of the scenario the run was made on (0: not yet saved). */
  scenarioRev: z.number().int().min(0),
  savedAt: z.number().finite(),
  name: localTextSchema,
  scenario: scenarioSchema,
  summary: runSummarySchema.transform((s) => s as unknown as RunSummary),
  data: runDataSchema.transform((d) => d as unknown as RunData).optional(),
});
export type SavedRun = z.infer<typeof savedRunSchema>;

/** A run's key sorts by scenario, then by time: `scenarioId:savedAt(base 36, padded):runId`. */
export function runKey(scenarioId: string, savedAt: number, runId: number): string {
  return `${scenarioId}:${Math.max(0, Math.floor(savedAt)).toString(36).padStart(10, '0')}:${runId}`;
}

/** The bytes a run's per-iteration arrays take. */
export function runDataBytes(d: RunData): number {
  return [
    d.totals,
    d.payerTotals,
    d.breakEven,
    d.eventOnsets,
    d.branches,
    d.sums,
    d.eventSums,
    d.hist,
  ].reduce((n, a) => n + a.byteLength, 0);
}

/** A saved run from a completed run (data dropped above the cap). */
export function savedRunOf(run: {
  runId: number;
  scenario: Scenario;
  summary: RunSummary;
  data: RunData;
  scenarioId: string;
  scenarioRev: number;
  savedAt: number;
}): SavedRun {
  const keepData = runDataBytes(run.data) <= RUN_DATA_CAP_BYTES;
  return {
    id: runKey(run.scenarioId, run.savedAt, run.runId),
    scenarioId: run.scenarioId,
    scenarioRev: run.scenarioRev,
    savedAt: run.savedAt,
    name: run.scenario.name,
    scenario: run.scenario,
    summary: run.summary,
    ...(keepData ? { data: run.data } : {}),
  };
}
