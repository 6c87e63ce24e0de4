/**
 * Why a save failed, in the terms the user is told: the disk (quota) is full, the browser cleared
 * the site's data, the connection to the database was closed (another tab upgraded it, or the
 * browser shut it), or something else.
 */
export type StorageFailure = 'quota' | 'cleared' | 'closed' | 'invalid' | 'unavailable' | 'other';

function named(e: unknown): { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown } | null {
  return typeof e === 'object' && e !== null ? (e as Record<string, unknown>) : null;
}

/**
 * Classify an error from IndexedDB. Browsers report a full disk as a `QuotaExceededError`,
 * either directly or as an `AbortError` of the transaction whose inner error (`inner`, `cause`)
 * is the quota error; a closed or deleted connection as `InvalidStateError` or a "closing"
 * `AbortError`; a record that does not fit its schema as `StoredRecordInvalid`.
 */
export function classifyStorageFailure(e: unknown): StorageFailure {
  const seen = new Set<unknown>();
  let x: unknown = e;
  let first: StorageFailure | null = null;
  while (x && !seen.has(x)) {
    seen.add(x);
    const n = named(x);
    const name = typeof n?.name === 'string' ? n.name : '';
    const message = typeof n?.message === 'string' ? n.message.toLowerCase() : '';
    if (name === 'QuotaExceededError' || message.includes('quota')) return 'quota';
    if (name === 'StoredRecordInvalid') return 'invalid';
    if (name === 'StorageUnavailable') first ??= 'unavailable';
    if (name === 'InvalidStateError' || message.includes('closing') || message.includes('closed')) {
      first ??= 'closed';
    }
    if (name === 'NotFoundError' && message.includes('object store')) first ??= 'cleared';
    x = n?.inner ?? n?.cause;
  }
  return first ?? 'other';
}

/** A record the app was about to write does not fit the stored layout. */
export class StoredRecordInvalid extends Error {
  override readonly name = 'StoredRecordInvalid';
}

/** IndexedDB is missing or refuses to open (private windows, blocked storage). */
export class StorageUnavailable extends Error {
  override readonly name = 'StorageUnavailable';
}
