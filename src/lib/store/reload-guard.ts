/** Where the time of the last reload the app asked for is kept (per tab: sessionStorage). */
export const RELOAD_KEY = 'pathcost.reloadAskedAt';
/** A tab that finds a newer database again within this time after a reload stops asking (T4). */
export const RELOAD_LOOP_MS = 5000;

type KeyValue = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * T4: the app never reloads by itself; when the user reloads because the database is newer than
 * this page's code and, within RELOAD_LOOP_MS, the page again finds it newer (an old copy of the
 * app is being served), it shows an error instead of offering another reload.
 */
export function reloadWouldLoop(store: KeyValue | null, now: number): boolean {
  try {
    const at = Number(store?.getItem(RELOAD_KEY));
    return Number.isFinite(at) && at > 0 && now - at < RELOAD_LOOP_MS;
  } catch {
    return false;
  }
}

/** Note that the user is about to reload for a newer database. */
export function noteReload(store: KeyValue | null, now: number): void {
  try {
    store?.setItem(RELOAD_KEY, String(now));
  } catch {
    // storage disabled: the guard then cannot trip, and the message still says what to do
  }
}
