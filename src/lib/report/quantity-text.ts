import { describeDistribution } from '../model/distribution-facts';
import { isDistribution, isFormula, type Quantity } from '../model/quantity';

/**
 * A quantity for the provenance view: its mean where it has one (formulas depend on other
 * parameters: null) and a compact technical notation a researcher recognises.
 */
export interface QuantitySummary {
  mean: number | null;
  /** e.g. "pert(3, 6, 18)", "beta(k 2 of n 10)", "= hours * rate"; "" for a plain number. */
  notation: string;
}

const round = (x: number) => String(Math.round(x * 1e4) / 1e4);

export function quantitySummary(q: Quantity): QuantitySummary {
  if (typeof q === 'number') return { mean: q, notation: '' };
  if (isFormula(q)) return { mean: null, notation: `= ${q.formula}` };
  if (!isDistribution(q)) return { mean: null, notation: '' };
  const facts = describeDistribution(q);
  const mean = facts.ok ? facts.facts.mean : null;
  const { dist, ...params } = q as Record<string, unknown> & { dist: string };
  const args = Object.entries(params)
    .map(([k, v]) =>
      Array.isArray(v) ? `${k} [${v.map((x) => round(Number(x))).join(', ')}]` : `${k} ${round(Number(v))}`,
    )
    .join(', ');
  return { mean, notation: `${dist}(${args})` };
}
