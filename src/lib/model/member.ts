import { z } from 'zod';
import { idSchema } from './id';
import { localTextSchema } from './local-text';

/** A family member; used by the timeline and by the Youth Act age limit. */
export const memberSchema = z.strictObject({
  id: idSchema,
  label: localTextSchema,
  role: z.enum(['parent', 'child', 'other']).default('other'),
  /** Age in whole or fractional years at month 0 of the paths. */
  ageAtStart: z.number().min(0).max(120).optional(),
});
export type Member = z.infer<typeof memberSchema>;
