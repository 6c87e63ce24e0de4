/** A fresh fake IndexedDB for each test (fake-indexeddb/auto puts the IDB classes on globalThis). */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';

export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

/** A counter clock for stable timestamps. */
export function counterClock(start = 1_700_000_000_000): () => number {
  let t = start;
  return () => (t += 1000);
}

/** Ids scenario-id-1, scenario-id-2, ... */
export function counterIds(): () => string {
  let n = 0;
  return () => `copy-${++n}`;
}
