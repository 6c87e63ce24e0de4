import { z } from 'zod';

/** The BroadcastChannel the app's tabs talk on. */
export const TAB_CHANNEL = 'pathcost';

/**
 * What a tab tells the others. Every message carries the database version of the tab that sent
 * it, so a tab running older code sees that a newer one is open.
 */
export const tabMessageSchema = z.discriminatedUnion('type', [
  /** A scenario was saved at revision `rev`. */
  z.strictObject({
    type: z.literal('saved'),
    dbVersion: z.number().int(),
    tab: z.string(),
    id: z.string(),
    rev: z.number().int(),
  }),
  /** The library changed (delete, rename, import, a saved run). */
  z.strictObject({ type: z.literal('library'), dbVersion: z.number().int(), tab: z.string() }),
]);
export type TabMessage = z.infer<typeof tabMessageSchema>;

/** A message from another tab, or null when it is not one of ours. */
export function readTabMessage(data: unknown): TabMessage | null {
  const parsed = tabMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
