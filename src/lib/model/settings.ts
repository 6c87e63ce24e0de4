import { z } from 'zod';
import { DEFAULT_DISCOUNT_PRESET } from './discount-presets';

export const MAX_HORIZON_MONTHS = 600;
export const MAX_ITERATIONS = 10_000_000;

export const settingsSchema = z.strictObject({
  /** Months simulated (1..600; the range is checked with the cross-field rules, so it is listed with them). */
  horizonMonths: z.number().int().default(60),
  /** Months counted as "short term" (months 0 .. shortTermMonths-1). */
  shortTermMonths: z.number().int().min(1).default(12),
  /** Annual discount rate for costs; the monthly factor is (1 + r)^(-t/12) for month t. */
  discountRate: z.number().min(0).max(0.5).default(DEFAULT_DISCOUNT_PRESET.rate),
  discountPreset: z.enum(['zin-2024', 'mkba-2021', 'none', 'custom']).default(DEFAULT_DISCOUNT_PRESET.id),
  /** Year whose euros the costs are in. */
  priceYear: z.number().int().min(1990).max(2100).default(2024),
  currency: z.literal('EUR').default('EUR'),
  iterations: z.number().int().min(1).max(MAX_ITERATIONS).default(10_000),
  /** Seed of the random generator (unsigned 32-bit integer). */
  seed: z.number().int().min(0).max(0xffffffff).default(20240601),
});
export type Settings = z.infer<typeof settingsSchema>;
