import { SCHEMA_VERSION } from '../model/scenario';

/** Turns a scenario document of version n into one of version n + 1 (a plain JSON value in, out). */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * MIGRATIONS[n] upgrades a version-n scenario document to version n + 1. Version 1 is the first
 * PathCost wrote, so the table is empty; a change of the scenario format adds a step here (and a
 * test with a fixture of the old version), never a change of an old step.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type Migrated =
  | { ok: true; document: Record<string, unknown>; from: number }
  /** No way from `from` to the current version: a version PathCost never wrote. */
  | { ok: false; from: number };

/**
 * Bring a document from version `from` up to `to` step by step. Each step gets a copy, so the
 * document read from the file is never changed; the result says the version it now has.
 */
export function migrateScenarioDocument(
  document: Record<string, unknown>,
  from: number,
  table: Readonly<Record<number, Migration>> = MIGRATIONS,
  to: number = SCHEMA_VERSION,
): Migrated {
  let doc = document;
  for (let v = from; v < to; v++) {
    const step = table[v];
    if (!step) return { ok: false, from };
    doc = { ...step(structuredClone(doc)), schemaVersion: v + 1 };
  }
  return { ok: true, document: doc, from };
}
