import type { Scenario } from '../lib/model/scenario';
import { problemLine } from '../lib/model/problem';
import { validateScenario } from '../lib/model/validate-scenario';
import { runDigest, runDigests } from '../lib/sim/run-digest';
import type { Persistence, SaveState, StorageNotice } from '../lib/state/persistence.svelte';
import type { ScenarioState } from '../lib/state/scenario.svelte';
import type { RunStatus, SimulationState } from '../lib/state/simulation.svelte';

/**
 * `window.pathcost`: a small scripting interface for the browser tests and benchmarks (and for a
 * researcher at the console). It drives the same state as the buttons do.
 */
export interface Automation {
  /**
   * Validate and open a scenario (a parsed JSON document); resolves, once it is open, with its
   * problems, if any.
   */
  load(document: unknown): Promise<string[]>;
  /** Run the open scenario (optionally on a given number of workers); resolves with how it ended. */
  run(workers?: number): Promise<RunStatus>;
  /** The scenario being edited (a copy), or null. */
  draft(): unknown;
  /** The draft's problems (errors) as lines `path: message`. */
  problems(): string[];
  /** SHA-256 digest of the last result's raw output, or null. */
  lastDigest(): string | null;
  /** Run on `workers` workers and return the digest of the result. */
  digest(workers: number): Promise<string | null>;
  /** Run on `workers` workers and return per-output digests and the raw totals. */
  digests(workers: number): Promise<{ digests: Record<string, string>; totals: number[] } | null>;
  /** Where autosave stands (saved, pending, saving, failed with a reason, ...). */
  storageStatus(): SaveState;
  /** Messages about the stored data shown to the user (kinds). */
  storageNotices(): Array<StorageNotice['kind']>;
  /** Save what waits now; resolves with the status after it. */
  flush(): Promise<SaveState>;
  /** The stored id of the open scenario (a copy after a conflict gets a new one). */
  storedId(): string | null;
  /** Stored scenarios in use: id, name and revision, newest first. */
  storedScenarios(): Promise<Array<{ id: string; rev: number; problems: number }>>;
  /** How many runs are stored. */
  savedRunCount(): Promise<number>;
}

export function installAutomation(app: {
  doc: ScenarioState;
  sim: SimulationState;
  open: (s: Scenario) => Promise<void>;
  run: (options?: { workers?: number }) => Promise<void>;
  persistence: Persistence;
}): void {
  const lastDigest = () => (app.sim.result ? runDigest(app.sim.result.data) : null);
  const api: Automation = {
    async load(document) {
      const v = validateScenario(document);
      if (!v.ok) return v.problems.map(problemLine);
      await app.open(v.scenario);
      return [];
    },
    async run(workers) {
      await app.run(workers ? { workers } : {});
      return app.sim.status;
    },
    draft: () => (app.doc.draft ? structuredClone(app.doc.draft) : null),
    problems: () => app.doc.problems.map(problemLine),
    lastDigest,
    async digest(workers) {
      return (await api.run(workers)) === 'done' ? lastDigest() : null;
    },
    async digests(workers) {
      await app.run({ workers });
      const r = app.sim.status === 'done' ? app.sim.result : null;
      return r ? { digests: runDigests(r.data), totals: Array.from(r.data.totals) } : null;
    },
    storageStatus: () => app.persistence.state,
    storageNotices: () => app.persistence.notices.map((n) => n.kind),
    async flush() {
      await app.persistence.flush();
      return app.persistence.state;
    },
    storedId: () => app.persistence.currentId,
    async storedScenarios() {
      const { entries } = await app.persistence.library();
      return entries.map((e) => ({ id: e.id, rev: e.rev, problems: e.problems }));
    },
    savedRunCount: async () => (await app.persistence.savedRuns()).length,
  };
  (globalThis as unknown as { pathcost: Automation }).pathcost = api;
}
