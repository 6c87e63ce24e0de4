import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type OpenDBCallbacks,
  type StoreNames,
} from 'idb';
import type { ScenarioRecord } from './scenario-record';
import type { RunData } from '../sim/run-accumulator';
import type { SavedRun } from './saved-run';

export const DB_NAME = 'pathcost';
/** The database layout this code writes. Every change adds a step to MIGRATIONS. */
export const DB_VERSION = 2;
/** Earlier revisions kept per scenario. */
export const REVISIONS_KEPT = 20;

/** A record that failed its schema on read, kept aside (never silently dropped). */
export interface QuarantineEntry {
  key?: number;
  store: 'scenarios' | 'runs';
  originalKey: string;
  value: unknown;
  reason: string;
  at: number;
}

/**
 * The database, declared once. Values are what this code writes; what is read back is checked
 * with zod (scenario-record.ts, saved-run.ts) before use, since another version, a bug or the
 * user's browser tools may have written anything.
 */
export interface PathCostDB extends DBSchema {
  scenarios: { key: string; value: ScenarioRecord; indexes: { updatedAt: number } };
  /** Key [id, rev]: the last REVISIONS_KEPT saves of each scenario. */
  revisions: { key: [string, number]; value: ScenarioRecord };
  /** Saved runs without their per-iteration data (small enough to list them all). */
  runs: { key: string; value: SavedRun; indexes: { scenarioId: string; savedAt: number } };
  /** A saved run's per-iteration data (when under the cap), key = the run's id. */
  runData: { key: string; value: { id: string; data: RunData } };
  preferences: { key: string; value: unknown };
  quarantine: { key: number; value: QuarantineEntry };
}

export type PathCostDatabase = IDBPDatabase<PathCostDB>;
type UpgradeTx = IDBPTransaction<PathCostDB, ArrayLike<StoreNames<PathCostDB>>, 'versionchange'>;
/** One step of the layout: from version n-1 to n, inside the upgrade transaction (IDB work only). */
export type Migration = (db: PathCostDatabase, tx: UpgradeTx) => Promise<void>;

/** Version 1: scenarios as `{ id, name, scenario, updatedAt }`, and preferences. */
const toV1: Migration = async (db) => {
  db.createObjectStore('scenarios', { keyPath: 'id' });
  db.createObjectStore('preferences');
};

/**
 * Version 2: every scenario gets a revision number and the record layout version, a first kept
 * revision; stores for saved runs and for quarantined records.
 */
const toV2: Migration = async (db, tx) => {
  const scenarios = tx.objectStore('scenarios');
  scenarios.createIndex('updatedAt', 'updatedAt');
  const revisions = db.createObjectStore('revisions', { keyPath: ['id', 'rev'] });
  const runs = db.createObjectStore('runs', { keyPath: 'id' });
  runs.createIndex('scenarioId', 'scenarioId');
  runs.createIndex('savedAt', 'savedAt');
  db.createObjectStore('runData', { keyPath: 'id' });
  db.createObjectStore('quarantine', { autoIncrement: true, keyPath: 'key' });
  let cursor = await scenarios.openCursor();
  while (cursor) {
    const old = cursor.value as unknown as Record<string, unknown>;
    const next = { ...old, rev: 1, schemaVersion: 2 } as unknown as ScenarioRecord;
    await cursor.update(next);
    await revisions.put(next);
    cursor = await cursor.continue();
  }
};

/** MIGRATIONS[n - 1] takes the database from version n - 1 to n. */
export const MIGRATIONS: readonly Migration[] = [toV1, toV2];

export interface OpenOptions {
  version?: number;
  migrations?: readonly Migration[];
  /** Another tab wants a newer version (this connection must close for it). */
  onVersionChange?: () => void;
  /** The browser closed the connection (site data cleared, disk gone). */
  onClose?: () => void;
  /** This open waits for other tabs to close an older connection. */
  onBlocked?: () => void;
}

/**
 * Open the database, upgrading step by step from whatever version it is at. A step that fails
 * aborts the upgrade transaction: the version and the data stay as they were, and the open
 * rejects.
 */
export function openPathCostDb(options: OpenOptions = {}): Promise<PathCostDatabase> {
  const version = options.version ?? DB_VERSION;
  const migrations = options.migrations ?? MIGRATIONS;
  const callbacks: OpenDBCallbacks<PathCostDB> = {
    upgrade(db, oldVersion, newVersion, tx) {
      const target = newVersion ?? version;
      tx.done.catch(() => undefined); // an aborted upgrade is reported by the open itself
      let chain = Promise.resolve();
      for (let v = oldVersion + 1; v <= target; v++) {
        const step = migrations[v - 1];
        chain = chain.then(() => {
          if (!step) throw new Error(`no migration to database version ${v}`);
          return step(db, tx);
        });
      }
      chain.catch((e: unknown) => {
        console.warn(`PathCost: database upgrade failed: ${e instanceof Error ? e.message : String(e)}`);
        try {
          tx.abort();
        } catch {
          // already finished or aborted
        }
      });
    },
  };
  if (options.onBlocked) callbacks.blocked = options.onBlocked;
  if (options.onVersionChange) callbacks.blocking = options.onVersionChange;
  if (options.onClose) callbacks.terminated = options.onClose;
  return openDB<PathCostDB>(DB_NAME, version, callbacks);
}
