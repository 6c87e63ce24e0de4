/** What `commit` needs of a transaction (idb's wrapped IDBTransaction). */
export interface Committable {
  abort(): void;
  readonly done: Promise<void>;
}

/**
 * Issue a transaction's writes (pushed onto `pending` as they are made) and wait until it has committed: all of them or none. A write
 * that throws at once (a stubbed or broken `put`) aborts the transaction, so the writes issued
 * before it are rolled back too; a write that fails later aborts it by itself.
 */
export async function commit(
  tx: Committable,
  writes: (pending: Array<Promise<unknown>>) => void,
): Promise<void> {
  const pending: Array<Promise<unknown>> = [];
  try {
    writes(pending);
  } catch (e) {
    for (const p of [...pending, tx.done]) p.catch(() => undefined); // rolled back with the transaction
    try {
      tx.abort();
    } catch {
      // already finished
    }
    throw e;
  }
  await Promise.all([...pending, tx.done]);
}
