import type { Scenario } from '../model/scenario';
import type { RunData } from './run-accumulator';
import type { RunSummary } from './summarize';

/** A finished run: what was run, what it reports, and its raw per-iteration data. */
export interface RunResult {
  runId: number;
  /** The scenario exactly as it was run (results belong to it, not to later edits). */
  scenario: Scenario;
  summary: RunSummary;
  data: RunData;
}
