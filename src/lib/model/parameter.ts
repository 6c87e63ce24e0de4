import { z } from 'zod';
import { parameterIdSchema } from './id';
import { localTextSchema } from './local-text';
import { quantitySchema } from './quantity';

/**
 * A named input shared by both paths. Sampled once per iteration (common random numbers), so
 * the difference between the paths is not drowned in noise.
 */
export const parameterSchema = z.strictObject({
  id: parameterIdSchema,
  label: localTextSchema.optional(),
  value: quantitySchema,
  unit: z.string().max(100).optional(),
  source: z.string().max(2000).optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  /** True when the number is an illustrative assumption rather than a sourced figure. */
  assumption: z.boolean().optional(),
  note: z.string().max(4000).optional(),
});
export type Parameter = z.infer<typeof parameterSchema>;
