import type { LocalText } from '../model/local-text';
import { newScenarioId } from '../model/new-scenario';
import { scenarioSchema, type Scenario } from '../model/scenario';
import type { IDBPTransaction } from 'idb';
import { REVISIONS_KEPT, type PathCostDatabase, type PathCostDB, type QuarantineEntry } from './db';
import { commit } from './commit';
import { quarantine, quarantineReason } from './quarantine';
import { RECORD_VERSION, scenarioRecordSchema, type ScenarioRecord } from './scenario-record';
import { StoredRecordInvalid } from './storage-failure';

/** Soft-deleted scenarios are removed for good after this long (at the next start-up). */
export const DELETED_KEPT_MS = 30 * 24 * 60 * 60 * 1000;

export type SaveOutcome =
  | { kind: 'saved'; record: ScenarioRecord }
  /** The stored record is at another revision than expected: nothing was written. */
  | { kind: 'conflict'; current: ScenarioRecord | null };

export interface Listing {
  /** Scenarios in use, the most recently changed first. */
  records: ScenarioRecord[];
  /** Soft-deleted scenarios (Undo can bring them back). */
  deleted: ScenarioRecord[];
  /** Records moved to quarantine by this read. */
  quarantined: QuarantineEntry[];
}

type WriteTx = IDBPTransaction<PathCostDB, Array<'scenarios' | 'revisions'>, 'readwrite'>;

/** The keys of an id's revisions, up to revision `upTo`. */
const revisionRange = (id: string, upTo = Infinity) => IDBKeyRange.bound([id, 0], [id, upTo]);

const revOf = (raw: unknown): number => {
  const rev = (raw as { rev?: unknown } | undefined)?.rev;
  return typeof rev === 'number' && Number.isInteger(rev) && rev >= 0 ? rev : 0;
};

/**
 * Scenarios in IndexedDB. Every write is one `readwrite` transaction that is written whole or
 * not at all; inside a transaction the code awaits only IndexedDB requests (a foreign await
 * would let the transaction commit half-way: tests/lib/store/transaction-awaits.test.ts guards
 * this). Every save is a new revision; the last REVISIONS_KEPT are kept.
 */
export class ScenarioStore {
  constructor(
    readonly db: PathCostDatabase,
    private readonly now: () => number = () => Date.now(),
    private readonly newId: () => string = () => newScenarioId(),
  ) {}

  /**
   * Save a scenario as its next revision. With `expectedRev`, the stored record must still be at
   * that revision (checked inside the transaction): otherwise nothing is written and the outcome
   * is a conflict. A record that is not stored (any more) is written back. Without
   * `expectedRev` the save replaces whatever is stored (the old one stays as a revision).
   */
  async save(scenario: Scenario, expectedRev?: number): Promise<SaveOutcome> {
    const draft = checkScenario(scenario);
    const tx = this.db.transaction(['scenarios', 'revisions'], 'readwrite');
    const scenarios = tx.objectStore('scenarios');
    const current: unknown = await scenarios.get(draft.id);
    const currentRev = current === undefined ? 0 : revOf(current);
    if (expectedRev !== undefined && current !== undefined && currentRev !== expectedRev) {
      await tx.done;
      const parsed = scenarioRecordSchema.safeParse(current);
      return { kind: 'conflict', current: parsed.success ? parsed.data : null };
    }
    const record = this.#record(draft, Math.max(currentRev, expectedRev ?? 0) + 1);
    await commit(tx, (w) => this.#writes(tx, record, w));
    return { kind: 'saved', record };
  }

  /**
   * Store a scenario that must be new: if its id is taken (in use or deleted), nothing is written
   * and the outcome is a conflict (the caller keeps both, under a new id).
   */
  async create(scenario: Scenario): Promise<SaveOutcome> {
    const draft = checkScenario(scenario);
    const tx = this.db.transaction(['scenarios', 'revisions'], 'readwrite');
    const current: unknown = await tx.objectStore('scenarios').get(draft.id);
    if (current !== undefined) {
      await tx.done;
      const parsed = scenarioRecordSchema.safeParse(current);
      return { kind: 'conflict', current: parsed.success ? parsed.data : null };
    }
    const record = this.#record(draft, 1);
    await commit(tx, (w) => this.#writes(tx, record, w));
    return { kind: 'saved', record };
  }

  /** Save a scenario under a new id (a copy: after a conflict, a duplicate, an import). */
  async saveCopy(scenario: Scenario, name?: LocalText): Promise<ScenarioRecord> {
    const copy: Scenario = { ...scenario, id: this.newId(), ...(name !== undefined ? { name } : {}) };
    const out = await this.save(copy);
    if (out.kind !== 'saved') throw new Error('a new id was already taken');
    return out.record;
  }

  /** All stored scenarios; records that fail their schema are quarantined and reported. */
  async list(): Promise<Listing> {
    const tx = this.db.transaction('scenarios', 'readonly');
    const store = tx.objectStore('scenarios');
    const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll(), tx.done]);
    const good: ScenarioRecord[] = [];
    const bad: Array<{ key: string; value: unknown; reason: string }> = [];
    values.forEach((value, i) => {
      const parsed = scenarioRecordSchema.safeParse(value);
      if (parsed.success) good.push(parsed.data);
      else bad.push({ key: String(keys[i]), value, reason: quarantineReason(parsed.error) });
    });
    const moved = await quarantine(this.db, 'scenarios', bad, this.now());
    const newest = (a: ScenarioRecord, b: ScenarioRecord) => b.updatedAt - a.updatedAt;
    return {
      records: good.filter((r) => r.deletedAt === undefined).sort(newest),
      deleted: good.filter((r) => r.deletedAt !== undefined).sort(newest),
      quarantined: moved,
    };
  }

  /** How many records the scenarios store holds (any state). */
  count(): Promise<number> {
    return this.db.count('scenarios');
  }

  /** One scenario (deleted ones too), or null; a record that fails its schema is quarantined. */
  async load(id: string): Promise<ScenarioRecord | null> {
    const raw: unknown = await this.db.get('scenarios', id);
    if (raw === undefined) return null;
    const parsed = scenarioRecordSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    await quarantine(
      this.db,
      'scenarios',
      [{ key: id, value: raw, reason: quarantineReason(parsed.error) }],
      this.now(),
    );
    return null;
  }

  /** Mark deleted (kept for Undo); a new revision, so an open copy elsewhere sees the change. */
  delete(id: string): Promise<ScenarioRecord | null> {
    return this.#change(id, ({ deletedAt: _, ...r }) => ({ ...r, deletedAt: this.now() }));
  }

  /** Bring back a soft-deleted scenario. */
  undelete(id: string): Promise<ScenarioRecord | null> {
    return this.#change(id, ({ deletedAt: _, ...r }) => r);
  }

  /** Remove a scenario and its revisions for good. */
  async purge(id: string): Promise<void> {
    const tx = this.db.transaction(['scenarios', 'revisions'], 'readwrite');
    await commit(tx, (w) => {
      w.push(tx.objectStore('scenarios').delete(id));
      w.push(tx.objectStore('revisions').delete(revisionRange(id)));
    });
  }

  /**
   * Remove for good the scenarios deleted more than `ageMs` ago (with their revisions), in one
   * transaction; returns their ids.
   */
  async purgeDeleted(ageMs: number = DELETED_KEPT_MS): Promise<string[]> {
    const cutoff = this.now() - ageMs;
    const tx = this.db.transaction(['scenarios', 'revisions'], 'readwrite');
    const values: unknown[] = await tx.objectStore('scenarios').getAll();
    const old = values
      .map((v) => scenarioRecordSchema.safeParse(v))
      .flatMap((p) =>
        p.success && p.data.deletedAt !== undefined && p.data.deletedAt < cutoff ? [p.data.id] : [],
      );
    await commit(tx, (w) => {
      for (const id of old) {
        w.push(tx.objectStore('scenarios').delete(id));
        w.push(tx.objectStore('revisions').delete(revisionRange(id)));
      }
    });
    return old;
  }

  /** Give a stored scenario another name (in the scenario too). */
  rename(id: string, name: LocalText): Promise<ScenarioRecord | null> {
    return this.#change(id, (r) => ({ ...r, name, scenario: { ...r.scenario, name } }));
  }

  /** A copy of a stored scenario under a new id and the given name. */
  async duplicate(id: string, name: LocalText): Promise<ScenarioRecord | null> {
    const r = await this.load(id);
    return r ? this.saveCopy(r.scenario, name) : null;
  }

  /** The kept revisions of a scenario, newest first (unreadable ones are skipped). */
  async revisions(id: string): Promise<ScenarioRecord[]> {
    const all: unknown[] = await this.db.getAll('revisions', revisionRange(id));
    return all
      .map((x) => scenarioRecordSchema.safeParse(x))
      .flatMap((p) => (p.success ? [p.data] : []))
      .sort((a, b) => b.rev - a.rev);
  }

  /** Make an earlier revision the current one (as a new revision; nothing is lost). */
  async restore(id: string, rev: number): Promise<SaveOutcome | null> {
    const raw: unknown = await this.db.get('revisions', [id, rev]);
    const parsed = scenarioRecordSchema.safeParse(raw);
    if (!parsed.success) return null;
    return this.save(parsed.data.scenario);
  }

  /**
   * Store several scenarios in one transaction: all of them or, if anything fails (the disk is
   * full, a record does not fit), none. Without `replace`, a scenario whose id is taken gets a
   * new id; with it, the stored one is replaced (and kept as a revision).
   */
  async importScenarios(list: readonly Scenario[], options: { replace: boolean }): Promise<ScenarioRecord[]> {
    const drafts = list.map(checkScenario);
    const tx = this.db.transaction(['scenarios', 'revisions'], 'readwrite');
    const scenarios = tx.objectStore('scenarios');
    const taken = new Map<string, number>();
    const [keys, values] = await Promise.all([scenarios.getAllKeys(), scenarios.getAll()]);
    keys.forEach((k, i) => taken.set(String(k), revOf(values[i])));
    const records: ScenarioRecord[] = [];
    const seen = new Set<string>();
    for (const s of drafts) {
      let scenario = s;
      if (seen.has(s.id) || (taken.has(s.id) && !options.replace))
        scenario = { ...s, id: this.#freshId(taken, seen) };
      seen.add(scenario.id);
      records.push(this.#record(scenario, (taken.get(scenario.id) ?? 0) + 1));
    }
    await commit(tx, (w) => records.forEach((r) => this.#writes(tx, r, w)));
    return records;
  }

  async getPreference<T>(key: string): Promise<T | undefined> {
    return (await this.db.get('preferences', key)) as T | undefined;
  }

  async setPreference(key: string, value: unknown): Promise<void> {
    await this.db.put('preferences', value, key);
  }

  #freshId(taken: Map<string, number>, seen: Set<string>): string {
    for (;;) {
      const id = this.newId();
      if (!taken.has(id) && !seen.has(id)) return id;
    }
  }

  #record(scenario: Scenario, rev: number): ScenarioRecord {
    return {
      id: scenario.id,
      rev,
      updatedAt: this.now(),
      schemaVersion: RECORD_VERSION,
      name: scenario.name,
      scenario,
    };
  }

  /** The writes of one save: the record, its revision, and dropping revisions beyond the kept. */
  #writes(tx: WriteTx, record: ScenarioRecord, pending: Array<Promise<unknown>>): void {
    const revisions = tx.objectStore('revisions');
    pending.push(tx.objectStore('scenarios').put(record));
    pending.push(revisions.put(record));
    const oldest = record.rev - REVISIONS_KEPT;
    if (oldest >= 0) pending.push(revisions.delete(revisionRange(record.id, oldest)));
  }

  /** Read, change and write one record in one transaction, as its next revision. */
  async #change(id: string, change: (r: ScenarioRecord) => ScenarioRecord): Promise<ScenarioRecord | null> {
    const tx = this.db.transaction(['scenarios', 'revisions'], 'readwrite');
    const raw: unknown = await tx.objectStore('scenarios').get(id);
    const parsed = scenarioRecordSchema.safeParse(raw);
    if (!parsed.success) {
      await tx.done;
      return null;
    }
    const next = { ...change(parsed.data), rev: parsed.data.rev + 1, updatedAt: this.now() };
    await commit(tx, (w) => this.#writes(tx, next, w));
    return next;
  }
}

/** Check a draft against the structural schema before it is written (not the cross-field rules). */
function checkScenario(scenario: Scenario): Scenario {
  const parsed = scenarioSchema.safeParse(scenario);
  if (!parsed.success) throw new StoredRecordInvalid(quarantineReason(parsed.error));
  return scenario;
}
