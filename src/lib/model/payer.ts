import { z } from 'zod';
import { idSchema } from './id';
import { localTextSchema } from './local-text';

/** The statutory regime a payer pays under; `jeugdwet` triggers the age-18 rule. */
export const payerActSchema = z.enum([
  'jeugdwet',
  'wmo',
  'zvw',
  'wlz',
  'justice',
  'employment',
  'family',
  'other',
]);
export type PayerAct = z.infer<typeof payerActSchema>;

export const payerSchema = z.strictObject({
  id: idSchema,
  label: localTextSchema,
  act: payerActSchema.default('other'),
});
export type Payer = z.infer<typeof payerSchema>;

/** A cost's payer: one payer id, or shares over several that sum to 1. */
export const payerShareSchema = z.strictObject({ payer: idSchema, share: z.number().min(0).max(1) });
export const payerRefSchema = z.union([idSchema, z.array(payerShareSchema).min(1).max(20)]);
export type PayerRef = z.infer<typeof payerRefSchema>;
