import { SCHEMA_VERSION } from '../model/scenario';
import { MIGRATIONS, type Migration } from './migrations';

export type VersionCheck =
  | { kind: 'current' }
  | { kind: 'older'; version: number }
  | { kind: 'missing' }
  | { kind: 'newer'; version: number }
  /** Below 1, or older than any migration reaches: not a version PathCost wrote. */
  | { kind: 'unknown'; version: number };

/**
 * Read a document's `schemaVersion` before anything else about it, to know how to read the rest:
 * the current version is read as is, an older one is migrated, a newer one is refused (this
 * version cannot know what it means), a missing one is refused.
 */
export function checkSchemaVersion(
  document: Record<string, unknown>,
  table: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = SCHEMA_VERSION,
): VersionCheck {
  const v = document.schemaVersion;
  if (v === undefined || v === null) return { kind: 'missing' };
  if (typeof v !== 'number' || !Number.isInteger(v)) return { kind: 'missing' };
  if (v === current) return { kind: 'current' };
  if (v > current) return { kind: 'newer', version: v };
  for (let k = v; k < current; k++) if (!table[k]) return { kind: 'unknown', version: v };
  return { kind: 'older', version: v };
}
