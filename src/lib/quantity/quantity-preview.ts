import { describeDistribution } from '../model/distribution-facts';
import { isFormula, type Distribution, type Quantity } from '../model/quantity';
import { compileFormula } from '../formula/compile-formula';
import { parseFormula } from '../formula/parse-formula';
import { shapeOf } from './distribution-shape';

/**
 * What the uncertain-number widget shows beside a value while it is typed: for a distribution
 * its density (a curve of heights, or bars for a discrete one), mean and 90 % interval (5th to
 * 95th percentile), all exact (see distribution-shape.ts: closed forms, or bisection on the
 * exact distribution function; no sampling). A plain number is shown as it is; a formula over
 * parameters "depends on parameters"; a formula of numbers alone is evaluated.
 */
export type QuantityPreview =
  | { kind: 'value'; value: number }
  | ({ kind: 'curve'; points: PreviewPoint[] } & Spread)
  | ({ kind: 'bars'; points: PreviewPoint[] } & Spread)
  | { kind: 'formula'; symbols: string[] };

export interface Spread {
  mean: number;
  /** 5th and 95th percentiles. */
  low: number;
  high: number;
  /** The range drawn. */
  from: number;
  to: number;
}

/** A point of the curve (or a bar): x, and the height relative to the highest (0..1). */
export interface PreviewPoint {
  x: number;
  y: number;
}

/** Number of points of a density curve. */
export const CURVE_POINTS = 40;

/** The preview of a distribution, or null when its parameters do not describe one. */
export function previewOfDistribution(d: Distribution): QuantityPreview | null {
  const check = describeDistribution(d);
  if (!check.ok) return null;
  const { canonical, mean, support } = check.facts;
  if (canonical.family === 'constant') return { kind: 'value', value: canonical.value };
  const shape = shapeOf(canonical);
  const low = shape.quantile(0.05);
  const high = shape.quantile(0.95);
  if (canonical.family === 'discrete') {
    const xs = [...new Set(canonical.values)].sort((a, b) => a - b);
    if (xs.length === 1) return { kind: 'value', value: xs[0]! };
    const ps = xs.map((x) => shape.density(x));
    const top = Math.max(...ps);
    const points = xs.map((x, i) => ({ x, y: top > 0 ? ps[i]! / top : 0 }));
    return { kind: 'bars', mean, low, high, from: xs[0]!, to: xs[xs.length - 1]!, points };
  }
  // Draw the whole support where it is bounded, else 99.8 % of the mass.
  const from =
    Number.isFinite(support[0]) && canonical.family !== 'gamma' && canonical.family !== 'lognormal'
      ? support[0]
      : shape.quantile(0.001);
  const to = Number.isFinite(support[1]) ? support[1] : shape.quantile(0.999);
  // Heights at the middles of CURVE_POINTS equal slices: finite even where a density is not at
  // its edge (a beta or gamma with shape below 1).
  const step = (to - from) / CURVE_POINTS;
  const xs = Array.from({ length: CURVE_POINTS }, (_, i) => from + (i + 0.5) * step);
  const ds = xs.map((x) => shape.density(x));
  const top = Math.max(...ds.filter(Number.isFinite));
  const points = xs.map((x, i) => ({ x, y: top > 0 ? Math.min(1, ds[i]! / top) : 0 }));
  return { kind: 'curve', mean, low, high, from, to, points };
}

/** The preview of any quantity (null when there is nothing sound to show). */
export function previewOfQuantity(q: Quantity, parameters: readonly string[]): QuantityPreview | null {
  if (typeof q === 'number') return Number.isFinite(q) ? { kind: 'value', value: q } : null;
  if (isFormula(q)) {
    const parsed = parseFormula(q.formula, new Set(parameters));
    if (!parsed.ok) return null;
    if (parsed.symbols.length > 0) return { kind: 'formula', symbols: parsed.symbols };
    const value = compileFormula(parsed.ast, () => -1)(new Float64Array(0));
    return Number.isFinite(value) ? { kind: 'value', value } : null;
  }
  return previewOfDistribution(q);
}
