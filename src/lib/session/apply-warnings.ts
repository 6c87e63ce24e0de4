import { isDistribution, isFormula, type Quantity } from '../model/quantity';
import type { PooledEstimate } from './pool-estimates';

/**
 * What "Use this in the model" would lose, for the room to confirm first:
 *  - `replaces-formula`: today's value is a formula over other parameters (not one parameter,
 *    which the estimate passes through to; see estimate-targets.ts); the pooled value replaces
 *    it, and the parameters it read no longer count here;
 *  - `removes-spread`: everyone gave the same single number, so the pooled value is that number,
 *    while today's value is a distribution: the model would use exactly that number for every
 *    family and the uncertainty would be gone. The app does not keep the old spread around the
 *    new number (that would be a spread nobody in the room gave); it asks for a confirmation and
 *    invites low / most likely / high answers instead.
 */
export type ApplyWarning = { kind: 'replaces-formula'; formula: string } | { kind: 'removes-spread' };

export function applyWarnings(current: Quantity, pooled: PooledEstimate): ApplyWarning[] {
  if (isFormula(current)) return [{ kind: 'replaces-formula', formula: current.formula }];
  if (typeof pooled.quantity === 'number' && isDistribution(current)) return [{ kind: 'removes-spread' }];
  return [];
}

/** The pooled value is one number, without spread (everyone said the same single number). */
export function withoutSpread(pooled: PooledEstimate): boolean {
  return typeof pooled.quantity === 'number';
}
