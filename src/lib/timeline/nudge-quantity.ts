import type { Distribution, Quantity } from '../model/quantity';
import { isDistribution, isFormula } from '../model/quantity';

/** Why a quantity was not nudged: a formula (change it in the editor), the lower bound, or not in months (beta). */
export type NudgeRefusal = 'formula' | 'minimum' | 'not-months';

export type NudgeResult = { ok: true; value: Quantity } | { ok: false; reason: NudgeRefusal };

/**
 * Move a month quantity by `delta` months: a plain number by itself; a distribution by shifting
 * all of its location parameters (uniform min/max; triangular and PERT min/mode/max; normal,
 * lognormal and gamma the mean; discrete every value), so its shape stays. Nothing may fall below
 * `min` (a lognormal or gamma mean must stay above 0). A formula, and a beta (a probability, not
 * months), are not nudged.
 */
export function nudgeQuantity(q: Quantity, delta: number, min = 0): NudgeResult {
  if (typeof q === 'number') {
    const v = q + delta;
    return v >= min ? { ok: true, value: v } : { ok: false, reason: 'minimum' };
  }
  if (isFormula(q) || !isDistribution(q)) return { ok: false, reason: 'formula' };
  const d = shiftDistribution(q, delta);
  if (!d) return { ok: false, reason: 'not-months' };
  return lowest(d) >= min && positiveWhereNeeded(d)
    ? { ok: true, value: d }
    : { ok: false, reason: 'minimum' };
}

function shiftDistribution(d: Distribution, by: number): Distribution | null {
  switch (d.dist) {
    case 'uniform':
      return { ...d, min: d.min + by, max: d.max + by };
    case 'triangular':
    case 'pert':
      return { ...d, min: d.min + by, mode: d.mode + by, max: d.max + by };
    case 'normal':
    case 'lognormal':
    case 'gamma':
      return { ...d, mean: d.mean + by };
    case 'discrete':
      return { ...d, values: d.values.map((v) => v + by) };
    case 'beta':
      return null;
  }
}

function lowest(d: Distribution): number {
  switch (d.dist) {
    case 'uniform':
    case 'triangular':
    case 'pert':
      return Math.min(d.min, d.max);
    case 'normal':
    case 'lognormal':
    case 'gamma':
      return d.mean;
    case 'discrete':
      return Math.min(...d.values);
    case 'beta':
      return 0;
  }
}

const positiveWhereNeeded = (d: Distribution) =>
  !(d.dist === 'lognormal' || d.dist === 'gamma') || d.mean > 0;
