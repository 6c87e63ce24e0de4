import type { Canonical } from '../model/distribution-facts';
import { betaCdf, gammaCdf, lnGamma, normalCdf, normalQuantile } from './special-functions';

/**
 * The exact density, distribution function and quantiles of a distribution in its natural
 * parameters (as `describeDistribution` gives them). Quantiles are in closed form for the
 * uniform, triangular, normal and lognormal, and found by bisection on the exact distribution
 * function for the gamma and the beta (so for PERT and "k of n" too); discrete quantiles come
 * from the cumulative weights.
 */
export interface DistributionShape {
  /** Density at x (for a discrete distribution: the probability of exactly x). */
  density(x: number): number;
  cdf(x: number): number;
  quantile(p: number): number;
}

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** The smallest x in [lo, hi] with cdf(x) >= p (cdf increasing), to about 1e-13 of the width. */
function bisect(cdf: (x: number) => number, p: number, lo: number, hi: number): number {
  for (let i = 0; i < 200 && hi - lo > 1e-13 * Math.max(1, Math.abs(hi)); i++) {
    const mid = (lo + hi) / 2;
    if (cdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export function shapeOf(c: Canonical): DistributionShape {
  switch (c.family) {
    case 'constant':
      return {
        density: (x) => (x === c.value ? 1 : 0),
        cdf: (x) => (x >= c.value ? 1 : 0),
        quantile: () => c.value,
      };
    case 'uniform': {
      const w = c.max - c.min;
      return {
        density: (x) => (x >= c.min && x <= c.max ? 1 / w : 0),
        cdf: (x) => Math.min(1, Math.max(0, (x - c.min) / w)),
        quantile: (p) => c.min + p * w,
      };
    }
    case 'triangular': {
      const { min: a, mode: m, max: b } = c;
      const split = (m - a) / (b - a);
      return {
        density: (x) => {
          if (x < a || x > b) return 0;
          if (x < m) return (2 * (x - a)) / ((b - a) * (m - a));
          if (x > m) return (2 * (b - x)) / ((b - a) * (b - m));
          return 2 / (b - a);
        },
        cdf: (x) => {
          if (x <= a) return 0;
          if (x >= b) return 1;
          if (x <= m) return (x - a) ** 2 / ((b - a) * (m - a));
          return 1 - (b - x) ** 2 / ((b - a) * (b - m));
        },
        quantile: (p) =>
          p <= split ? a + Math.sqrt(p * (b - a) * (m - a)) : b - Math.sqrt((1 - p) * (b - a) * (b - m)),
      };
    }
    case 'normal':
      return {
        density: (x) => Math.exp(-0.5 * ((x - c.mean) / c.sd) ** 2) / (c.sd * SQRT_2PI),
        cdf: (x) => normalCdf((x - c.mean) / c.sd),
        quantile: (p) => c.mean + c.sd * normalQuantile(p),
      };
    case 'lognormal':
      return {
        density: (x) =>
          x > 0 ? Math.exp(-0.5 * ((Math.log(x) - c.mu) / c.sigma) ** 2) / (x * c.sigma * SQRT_2PI) : 0,
        cdf: (x) => (x > 0 ? normalCdf((Math.log(x) - c.mu) / c.sigma) : 0),
        quantile: (p) => Math.exp(c.mu + c.sigma * normalQuantile(p)),
      };
    case 'gamma': {
      const { shape: k, scale: s } = c;
      const lnNorm = lnGamma(k) + k * Math.log(s);
      const cdf = (x: number) => gammaCdf(x / s, k);
      return {
        density: (x) => (x > 0 ? Math.exp((k - 1) * Math.log(x) - x / s - lnNorm) : 0),
        cdf,
        quantile: (p) => {
          let hi = k * s + 10 * Math.sqrt(k) * s;
          while (cdf(hi) < p) hi *= 2;
          return bisect(cdf, p, 0, hi);
        },
      };
    }
    case 'beta': {
      const { alpha: a, beta: b, min, range } = c;
      const lnB = lnGamma(a) + lnGamma(b) - lnGamma(a + b);
      const cdf01 = (u: number) => betaCdf(u, a, b);
      return {
        density: (x) => {
          const u = (x - min) / range;
          if (u < 0 || u > 1) return 0;
          return Math.exp((a - 1) * Math.log(u) + (b - 1) * Math.log1p(-u) - lnB) / range;
        },
        cdf: (x) => cdf01((x - min) / range),
        quantile: (p) => min + range * bisect(cdf01, p, 0, 1),
      };
    }
    case 'discrete': {
      const order = c.values.map((v, i) => i).sort((i, j) => c.values[i]! - c.values[j]!);
      const probabilityOf = (x: number) =>
        c.values.reduce((sum, v, i) => (v === x ? sum + c.weights[i]! : sum), 0);
      return {
        density: probabilityOf,
        cdf: (x) => c.values.reduce((sum, v, i) => (v <= x ? sum + c.weights[i]! : sum), 0),
        quantile: (p) => {
          let cum = 0;
          for (const i of order) {
            cum += c.weights[i]!;
            // A little slack so that weights of 0.05 reach p = 0.05 despite rounding.
            if (cum >= p - 1e-12) return c.values[i]!;
          }
          return c.values[order[order.length - 1]!]!;
        },
      };
    }
  }
}
