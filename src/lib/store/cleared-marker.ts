/** Kept in localStorage once something was saved, to tell eviction from a first visit (P6). */
export const USED_MARKER_KEY = 'pathcost.storageUsed';

type KeyValue = Pick<Storage, 'getItem' | 'setItem'>;

/** Remember that this browser has stored scenarios before. */
export function markStorageUsed(store: KeyValue | null): void {
  try {
    if (store?.getItem(USED_MARKER_KEY) !== '1') store?.setItem(USED_MARKER_KEY, '1');
  } catch {
    // private mode: nothing to compare against later
  }
}

/** An empty database where scenarios were stored before: the browser cleared local data. */
export function wasCleared(store: KeyValue | null, storedScenarios: number): boolean {
  try {
    return storedScenarios === 0 && store?.getItem(USED_MARKER_KEY) === '1';
  } catch {
    return false;
  }
}
