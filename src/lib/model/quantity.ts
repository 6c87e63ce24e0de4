import { z } from 'zod';

/**
 * An uncertain number: a plain number, a distribution, or a formula over named parameters.
 * Distribution parameters are plain numbers (they are the user's statement of uncertainty);
 * distributions are sampled once per iteration where they are used.
 */
const finite = z.number().refine(Number.isFinite, 'must be a finite number');

export const uniformSchema = z.strictObject({ dist: z.literal('uniform'), min: finite, max: finite });
export const triangularSchema = z.strictObject({
  dist: z.literal('triangular'),
  min: finite,
  mode: finite,
  max: finite,
});
/** PERT (lambda = 4) for three-point expert estimates. */
export const pertSchema = z.strictObject({ dist: z.literal('pert'), min: finite, mode: finite, max: finite });
export const normalSchema = z.strictObject({ dist: z.literal('normal'), mean: finite, sd: finite });
/** Lognormal by the mean and sd of the value itself (not of its logarithm). */
export const lognormalSchema = z.strictObject({ dist: z.literal('lognormal'), mean: finite, sd: finite });
/** Gamma by mean and sd (shape = (mean/sd)^2, scale = sd^2/mean). */
export const gammaSchema = z.strictObject({ dist: z.literal('gamma'), mean: finite, sd: finite });
/** Beta for probabilities: by mean and sd, by "k events out of n cases" (uniform prior), or by alpha/beta. */
export const betaMeanSdSchema = z.strictObject({ dist: z.literal('beta'), mean: finite, sd: finite });
export const betaCountsSchema = z.strictObject({ dist: z.literal('beta'), k: finite, n: finite });
export const betaShapeSchema = z.strictObject({ dist: z.literal('beta'), alpha: finite, beta: finite });
export const discreteSchema = z.strictObject({
  dist: z.literal('discrete'),
  values: z.array(finite).min(1).max(1000),
  weights: z.array(finite).min(1).max(1000),
});

export const distributionSchema = z.union([
  uniformSchema,
  triangularSchema,
  pertSchema,
  normalSchema,
  lognormalSchema,
  gammaSchema,
  betaMeanSdSchema,
  betaCountsSchema,
  betaShapeSchema,
  discreteSchema,
]);
export type Distribution = z.infer<typeof distributionSchema>;

export const formulaSchema = z.strictObject({ formula: z.string().min(1).max(2000) });
export type Formula = z.infer<typeof formulaSchema>;

export const quantitySchema = z.union([finite, distributionSchema, formulaSchema]);
export type Quantity = z.infer<typeof quantitySchema>;

export function isFormula(q: Quantity): q is Formula {
  return typeof q === 'object' && 'formula' in q;
}
export function isDistribution(q: Quantity): q is Distribution {
  return typeof q === 'object' && 'dist' in q;
}
