import { z } from 'zod';
import { idSchema } from './id';
import { localTextSchema } from './local-text';
import { payerRefSchema } from './payer';
import { quantitySchema } from './quantity';
import { stepPriceSchema } from './step-price';

/**
 * A piece of help or a cost on a path. Months are whole months from the path's start (for a
 * consequence step: from its event's onset). A one-off cost falls in the start month; a monthly
 * cost (or hours per month x hourly rate) in every month the step runs. A `price` from the price
 * list adds units x unit price to the monthly or the one-off cost.
 */
export const stepSchema = z.strictObject({
  id: idSchema,
  label: localTextSchema,
  provider: z.string().max(200).optional(),
  payer: payerRefSchema,
  members: z.array(idSchema).max(50).optional(),
  /** Start month (floor of the value, at least 0). For consequences: months after the onset. */
  start: quantitySchema.default(0),
  /**
   * Months the step runs (rounded, at least 1 when it has a monthly cost); 0 = one-off.
   * A consequence step without a duration runs as long as its event's state.
   */
  duration: quantitySchema.optional(),
  oneOffCost: quantitySchema.optional(),
  monthlyCost: quantitySchema.optional(),
  hoursPerMonth: quantitySchema.optional(),
  hourlyRate: quantitySchema.optional(),
  /** A cost taken from the price list, with the link to its item kept. */
  price: stepPriceSchema.optional(),
  /** Probability that the step happens at all (default 1). */
  probability: quantitySchema.default(1),
  /** A Jeugdwet step for a child stops when the child turns 18 unless this is true. */
  ignoreAgeLimit: z.boolean().optional(),
  source: z.string().max(2000).optional(),
  note: z.string().max(4000).optional(),
});
export type Step = z.infer<typeof stepSchema>;
export type StepInput = z.input<typeof stepSchema>;
