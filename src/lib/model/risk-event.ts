import { z } from 'zod';
import { idSchema } from './id';
import { localTextSchema } from './local-text';
import { quantitySchema } from './quantity';
import { stepSchema } from './step';

/** Categories that reports aggregate (OTS, out-of-home placement, burnout, ...). */
export const eventKindSchema = z.enum([
  'ots',
  'placement',
  'burnout',
  'family-admission',
  'escalation',
  'waiting-list',
  'other',
]);
export type EventKind = z.infer<typeof eventKindSchema>;

/**
 * Something that may happen on a path. `probability` belongs to the onset window: changing the
 * horizon clips what happens, it never changes what the user said.
 */
export const riskEventSchema = z.strictObject({
  id: idSchema,
  label: localTextSchema,
  kind: eventKindSchema.default('other'),
  probability: quantitySchema,
  /** Onset month (floor, at least 0): from month 0, or from the onset of `after`. */
  onset: quantitySchema.default(0),
  /** The event can only happen if this event happened; its onset counts from that onset. */
  after: idSchema.optional(),
  /** Months the state lasts (rounded, at least 1); absent = until the horizon. */
  duration: quantitySchema.optional(),
  /** Steps that start at onset (+ their own start as an offset). */
  consequences: z.array(stepSchema).max(200).default([]),
  /** Steps of this path that stop at the onset (no cost in that month or later). */
  ends: z.array(idSchema).max(200).default([]),
  source: z.string().max(2000).optional(),
  note: z.string().max(4000).optional(),
});
export type RiskEvent = z.infer<typeof riskEventSchema>;
