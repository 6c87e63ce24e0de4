/**
 * A version-1 database as the first layout wrote it, made with the raw IndexedDB API (not with
 * the app's code, so the test does not depend on what it tests): scenarios `{ id, name,
 * scenario, updatedAt }` keyed by id, and preferences.
 */
import type { Scenario } from '../../../src/lib/model/scenario';
import { scenario } from '../../helpers/scenario';

export const V1_SCENARIOS: Scenario[] = [
  scenario({}, { id: 'case-a', name: 'Case A' }),
  scenario({}, { id: 'case-b', name: { nl: 'Casus B', en: 'Case B' } }),
];

export const V1_RECORDS = V1_SCENARIOS.map((s, i) => ({
  id: s.id,
  name: s.name,
  scenario: s,
  updatedAt: 1_600_000_000_000 + i,
}));

export function writeVersion1Database(name = 'pathcost'): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      const scenarios = db.createObjectStore('scenarios', { keyPath: 'id' });
      const prefs = db.createObjectStore('preferences');
      for (const r of V1_RECORDS) scenarios.put(r);
      prefs.put('case-b', 'lastOpen');
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

/** The version of the database as stored (opening without a version does not upgrade). */
export function storedVersion(name = 'pathcost'): Promise<{ version: number; stores: string[] }> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      const db = request.result;
      const out = { version: db.version, stores: Array.from(db.objectStoreNames).sort() };
      db.close();
      resolve(out);
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}
