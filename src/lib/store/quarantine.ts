import type { z } from 'zod';
import { commit } from './commit';
import type { PathCostDatabase, QuarantineEntry } from './db';

/** A short reason from a failed parse: the first few problems with their paths. */
export function quarantineReason(error: z.ZodError): string {
  const lines = error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`);
  const more = error.issues.length - lines.length;
  return more > 0 ? `${lines.join('; ')}; and ${more} more` : lines.join('; ');
}

/**
 * Move records that failed their schema out of `store` into the quarantine store, in one
 * transaction. The raw value is kept there, so nothing is lost and it can be exported by hand.
 */
export async function quarantine(
  db: PathCostDatabase,
  store: 'scenarios' | 'runs',
  bad: Array<{ key: string; value: unknown; reason: string }>,
  now: number,
): Promise<QuarantineEntry[]> {
  if (!bad.length) return [];
  const tx = db.transaction([store, 'quarantine'], 'readwrite');
  const entries: QuarantineEntry[] = bad.map((b) => ({
    store,
    originalKey: b.key,
    value: b.value,
    reason: b.reason,
    at: now,
  }));
  await commit(tx, (w) => {
    for (const e of entries) w.push(tx.objectStore('quarantine').add(e));
    for (const b of bad) w.push(tx.objectStore(store).delete(b.key));
  });
  return entries;
}

/** Everything in quarantine, oldest first. */
export function quarantined(db: PathCostDatabase): Promise<QuarantineEntry[]> {
  return db.getAll('quarantine');
}
