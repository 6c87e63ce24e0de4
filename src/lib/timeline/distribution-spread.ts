import type { Canonical } from '../model/distribution-facts';

/** The standard normal's 95th percentile. */
const Z95 = 1.6448536269514722;

/** Cells of the numeric integration of a beta density (PERT and beta): within 0.1 % of the range. */
const BETA_CELLS = 1000;

/**
 * The 5th and 95th percentiles of a distribution, for the timeline's whiskers: exact for the
 * constant, uniform, triangular, normal, lognormal and discrete families; the beta family (PERT)
 * by integrating its density numerically; gamma by the Wilson-Hilferty approximation (good to
 * about 1 % for shapes above 1, which months given by mean and sd have).
 */
export function spread90(c: Canonical): [number, number] {
  switch (c.family) {
    case 'constant':
      return [c.value, c.value];
    case 'uniform':
      return [c.min + 0.05 * (c.max - c.min), c.min + 0.95 * (c.max - c.min)];
    case 'triangular':
      return [triangularQuantile(c, 0.05), triangularQuantile(c, 0.95)];
    case 'normal':
      return [c.mean - Z95 * c.sd, c.mean + Z95 * c.sd];
    case 'lognormal':
      return [Math.exp(c.mu - Z95 * c.sigma), Math.exp(c.mu + Z95 * c.sigma)];
    case 'gamma':
      return [gammaQuantile(c.shape, c.scale, -Z95), gammaQuantile(c.shape, c.scale, Z95)];
    case 'beta': {
      const [lo, hi] = betaQuantiles(c.alpha, c.beta);
      return [c.min + c.range * lo, c.min + c.range * hi];
    }
    case 'discrete':
      return [discreteQuantile(c.values, c.weights, 0.05), discreteQuantile(c.values, c.weights, 0.95)];
  }
}

function triangularQuantile(c: { min: number; mode: number; max: number }, p: number): number {
  const { min: a, mode: m, max: b } = c;
  const f = (m - a) / (b - a);
  return p < f ? a + Math.sqrt(p * (b - a) * (m - a)) : b - Math.sqrt((1 - p) * (b - a) * (b - m));
}

function gammaQuantile(shape: number, scale: number, z: number): number {
  const h = 1 / (9 * shape);
  return Math.max(0, shape * scale * (1 - h + z * Math.sqrt(h)) ** 3);
}

function betaQuantiles(alpha: number, beta: number): [number, number] {
  // Midpoint rule over cells of equal width: finite even where the density is not (alpha < 1).
  const mass = new Float64Array(BETA_CELLS);
  let total = 0;
  for (let i = 0; i < BETA_CELLS; i++) {
    const x = (i + 0.5) / BETA_CELLS;
    const d = Math.exp((alpha - 1) * Math.log(x) + (beta - 1) * Math.log(1 - x));
    mass[i] = d;
    total += d;
  }
  const at = (p: number): number => {
    let cum = 0;
    for (let i = 0; i < BETA_CELLS; i++) {
      const next = cum + mass[i]! / total;
      if (next >= p) return (i + (p - cum) / (next - cum)) / BETA_CELLS;
      cum = next;
    }
    return 1;
  };
  return [at(0.05), at(0.95)];
}

function discreteQuantile(values: number[], weights: number[], p: number): number {
  const order = values.map((_, i) => i).sort((i, j) => values[i]! - values[j]!);
  let cum = 0;
  for (const i of order) {
    cum += weights[i]!;
    if (cum >= p - 1e-12) return values[i]!;
  }
  return values[order[order.length - 1]!]!;
}
