import type { Distribution } from './quantity';

/** A distribution reduced to the family and natural parameters the samplers use. */
export type Canonical =
  | { family: 'constant'; value: number }
  | { family: 'uniform'; min: number; max: number }
  | { family: 'triangular'; min: number; mode: number; max: number }
  | { family: 'normal'; mean: number; sd: number }
  | { family: 'lognormal'; mu: number; sigma: number }
  | { family: 'gamma'; shape: number; scale: number }
  | { family: 'beta'; alpha: number; beta: number; min: number; range: number }
  | { family: 'discrete'; values: number[]; weights: number[] };

export interface DistributionFacts {
  canonical: Canonical;
  mean: number;
  variance: number;
  /** Smallest and largest possible values (may be infinite). */
  support: [number, number];
}

export type DistributionCheck = { ok: true; facts: DistributionFacts } | { ok: false; problems: string[] };

const betaFacts = (alpha: number, beta: number, min: number, range: number): DistributionFacts => {
  const m = alpha / (alpha + beta);
  const v = (alpha * beta) / ((alpha + beta) ** 2 * (alpha + beta + 1));
  return {
    canonical: { family: 'beta', alpha, beta, min, range },
    mean: min + range * m,
    variance: range * range * v,
    support: [min, min + range],
  };
};

/** Check a distribution's parameters and derive its natural parameters, mean, variance and support. */
export function describeDistribution(d: Distribution): DistributionCheck {
  const bad = (...problems: string[]): DistributionCheck => ({ ok: false, problems });
  switch (d.dist) {
    case 'uniform':
      if (d.min > d.max) return bad('min must not be above max');
      if (d.min === d.max) return constant(d.min);
      return {
        ok: true,
        facts: {
          canonical: { family: 'uniform', min: d.min, max: d.max },
          mean: (d.min + d.max) / 2,
          variance: (d.max - d.min) ** 2 / 12,
          support: [d.min, d.max],
        },
      };
    case 'triangular':
    case 'pert': {
      if (d.min > d.max) return bad('min must not be above max');
      if (d.mode < d.min || d.mode > d.max) return bad('mode must lie between min and max');
      if (d.min === d.max) return constant(d.min);
      if (d.dist === 'pert') {
        const r = d.max - d.min;
        return {
          ok: true,
          facts: betaFacts(1 + (4 * (d.mode - d.min)) / r, 1 + (4 * (d.max - d.mode)) / r, d.min, r),
        };
      }
      const { min: a, mode: c, max: b } = d;
      return {
        ok: true,
        facts: {
          canonical: { family: 'triangular', min: a, mode: c, max: b },
          mean: (a + b + c) / 3,
          variance: (a * a + b * b + c * c - a * b - a * c - b * c) / 18,
          support: [a, b],
        },
      };
    }
    case 'normal':
      if (!(d.sd > 0)) return bad('sd must be above 0');
      return {
        ok: true,
        facts: {
          canonical: { family: 'normal', mean: d.mean, sd: d.sd },
          mean: d.mean,
          variance: d.sd * d.sd,
          support: [-Infinity, Infinity],
        },
      };
    case 'lognormal': {
      if (!(d.mean > 0)) return bad('mean must be above 0');
      if (!(d.sd > 0)) return bad('sd must be above 0');
      const sigma2 = Math.log(1 + (d.sd * d.sd) / (d.mean * d.mean));
      return {
        ok: true,
        facts: {
          canonical: { family: 'lognormal', mu: Math.log(d.mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) },
          mean: d.mean,
          variance: d.sd * d.sd,
          support: [0, Infinity],
        },
      };
    }
    case 'gamma':
      if (!(d.mean > 0)) return bad('mean must be above 0');
      if (!(d.sd > 0)) return bad('sd must be above 0');
      return {
        ok: true,
        facts: {
          canonical: { family: 'gamma', shape: (d.mean / d.sd) ** 2, scale: (d.sd * d.sd) / d.mean },
          mean: d.mean,
          variance: d.sd * d.sd,
          support: [0, Infinity],
        },
      };
    case 'beta': {
      if ('alpha' in d) {
        if (!(d.alpha > 0) || !(d.beta > 0)) return bad('alpha and beta must be above 0');
        return { ok: true, facts: betaFacts(d.alpha, d.beta, 0, 1) };
      }
      if ('k' in d) {
        if (!Number.isInteger(d.k) || !Number.isInteger(d.n)) return bad('k and n must be whole numbers');
        if (d.n < 1 || d.k < 0 || d.k > d.n)
          return bad('k must lie between 0 and n, and n must be at least 1');
        // "k events out of n cases" with a uniform Beta(1, 1) prior.
        return { ok: true, facts: betaFacts(d.k + 1, d.n - d.k + 1, 0, 1) };
      }
      if (!(d.mean > 0 && d.mean < 1)) return bad('mean must lie strictly between 0 and 1');
      if (!(d.sd > 0)) return bad('sd must be above 0');
      const v = d.sd * d.sd;
      if (v >= d.mean * (1 - d.mean)) {
        return bad(`sd must be below ${Math.sqrt(d.mean * (1 - d.mean)).toPrecision(3)} for this mean`);
      }
      const common = (d.mean * (1 - d.mean)) / v - 1;
      return { ok: true, facts: betaFacts(d.mean * common, (1 - d.mean) * common, 0, 1) };
    }
    case 'discrete': {
      if (d.values.length !== d.weights.length) return bad('values and weights must have the same length');
      if (d.weights.some((w) => w < 0)) return bad('weights must not be negative');
      const total = d.weights.reduce((a, b) => a + b, 0);
      if (!(total > 0)) return bad('weights must add up to more than 0');
      let mean = 0;
      for (let i = 0; i < d.values.length; i++) mean += (d.values[i]! * d.weights[i]!) / total;
      let variance = 0;
      for (let i = 0; i < d.values.length; i++)
        variance += ((d.values[i]! - mean) ** 2 * d.weights[i]!) / total;
      return {
        ok: true,
        facts: {
          canonical: { family: 'discrete', values: [...d.values], weights: d.weights.map((w) => w / total) },
          mean,
          variance,
          support: [Math.min(...d.values), Math.max(...d.values)],
        },
      };
    }
  }
}

function constant(value: number): DistributionCheck {
  return {
    ok: true,
    facts: { canonical: { family: 'constant', value }, mean: value, variance: 0, support: [value, value] },
  };
}
