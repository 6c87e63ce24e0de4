import type { RunData } from '../sim/run-accumulator';
import type { PathCostDatabase, QuarantineEntry } from './db';
import { commit } from './commit';
import { quarantine, quarantineReason } from './quarantine';
import { RUNS_KEPT_PER_SCENARIO, savedRunSchema, type SavedRun } from './saved-run';

export { runKey } from './saved-run';

const ofScenario = (scenarioId: string) => IDBKeyRange.bound(`${scenarioId}:`, `${scenarioId}:\uffff`);

/**
 * Saved runs in IndexedDB: the summary and scenario in `runs` (small: the list reads them all),
 * the per-iteration data apart in `runData`. Each scenario keeps its RUNS_KEPT_PER_SCENARIO
 * newest runs, so live re-runs during a long session cannot fill the disk.
 */
export class RunStore {
  constructor(
    readonly db: PathCostDatabase,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Store a run (and drop the scenario's oldest beyond the kept number), in one transaction. */
  async put(run: SavedRun): Promise<void> {
    const { data, ...rest } = run;
    const parsed = savedRunSchema.parse(rest);
    const tx = this.db.transaction(['runs', 'runData'], 'readwrite');
    const runs = tx.objectStore('runs');
    const runData = tx.objectStore('runData');
    const keys = await runs.getAllKeys(ofScenario(run.scenarioId));
    const all = keys.includes(run.id) ? keys : [...keys, run.id].sort();
    const dropped = all.slice(0, Math.max(0, all.length - RUNS_KEPT_PER_SCENARIO));
    await commit(tx, (w) => {
      w.push(runs.put(parsed));
      if (data) w.push(runData.put({ id: run.id, data }));
      for (const old of dropped) w.push(runs.delete(old), runData.delete(old));
    });
  }

  /** Saved runs (without data), newest first; unreadable ones are quarantined and reported. */
  async list(scenarioId?: string): Promise<{ runs: SavedRun[]; quarantined: QuarantineEntry[] }> {
    const tx = this.db.transaction('runs', 'readonly');
    const store = tx.objectStore('runs');
    const range = scenarioId === undefined ? undefined : ofScenario(scenarioId);
    const [keys, values] = await Promise.all([store.getAllKeys(range), store.getAll(range), tx.done]);
    const runs: SavedRun[] = [];
    const bad: Array<{ key: string; value: unknown; reason: string }> = [];
    values.forEach((value: unknown, i) => {
      const parsed = savedRunSchema.safeParse(value);
      if (parsed.success) runs.push(parsed.data);
      else bad.push({ key: String(keys[i]), value, reason: quarantineReason(parsed.error) });
    });
    const moved = await quarantine(this.db, 'runs', bad, this.now());
    return { runs: runs.sort((a, b) => b.savedAt - a.savedAt), quarantined: moved };
  }

  /** One run with its data (when it was kept), or null. */
  async get(id: string): Promise<SavedRun | null> {
    const tx = this.db.transaction(['runs', 'runData'], 'readonly');
    const [raw, data] = await Promise.all([
      tx.objectStore('runs').get(id) as Promise<unknown>,
      tx.objectStore('runData').get(id),
      tx.done,
    ]);
    const parsed = savedRunSchema.safeParse(raw);
    if (!parsed.success) return null;
    const withData = data ? savedRunSchema.safeParse({ ...parsed.data, data: data.data as RunData }) : null;
    return withData?.success ? withData.data : parsed.data;
  }

  async delete(id: string): Promise<void> {
    const tx = this.db.transaction(['runs', 'runData'], 'readwrite');
    await commit(tx, (w) => w.push(tx.objectStore('runs').delete(id), tx.objectStore('runData').delete(id)));
  }
}
