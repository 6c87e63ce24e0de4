import { describeDistribution } from '../model/distribution-facts';
import { isDistribution, type Quantity } from '../model/quantity';
import { shapeOf } from '../quantity/distribution-shape';

/**
 * What the pooled sentence says, in families out of 100: the mean and the 90 % interval (5th to
 * 95th percentile) of the quantity the model gets, exact (no sampling). `interval` is null for a
 * plain number (everyone said the same).
 */
export interface PooledSummary {
  mean: number;
  interval: { low: number; high: number } | null;
}

export function pooledSummary(q: Quantity): PooledSummary | null {
  if (typeof q === 'number') return { mean: q * 100, interval: null };
  if (!isDistribution(q)) return null;
  const d = describeDistribution(q);
  if (!d.ok) return null;
  const shape = shapeOf(d.facts.canonical);
  return {
    mean: d.facts.mean * 100,
    interval: { low: shape.quantile(0.05) * 100, high: shape.quantile(0.95) * 100 },
  };
}
