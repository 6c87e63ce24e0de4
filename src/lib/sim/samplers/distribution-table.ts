import type { Canonical } from '../../model/distribution-facts';
import type { Random } from '../random';
import { gammaConstants, standardGamma } from './gamma';
import { standardNormal } from './normal';
import { triangular } from './triangular';

/**
 * Distributions compiled to a code and a run of numbers in one Float64Array, so that drawing
 * is a switch over small integers with no allocation and no object lookups (bench kit §7).
 */
export const D_CONSTANT = 0;
export const D_UNIFORM = 1;
export const D_NORMAL = 2;
export const D_LOGNORMAL = 3;
export const D_GAMMA = 4;
export const D_BETA = 5;
export const D_TRIANGULAR = 6;
export const D_DISCRETE = 7;

export class DistributionTable {
  private data: number[] = [];
  private frozen: Float64Array | null = null;

  /** Append a distribution; returns [code, offset]. */
  add(c: Canonical): [number, number] {
    const off = this.data.length;
    const push = (...xs: number[]) => this.data.push(...xs);
    switch (c.family) {
      case 'constant':
        push(c.value);
        return [D_CONSTANT, off];
      case 'uniform':
        push(c.min, c.max - c.min);
        return [D_UNIFORM, off];
      case 'normal':
        push(c.mean, c.sd);
        return [D_NORMAL, off];
      case 'lognormal':
        push(c.mu, c.sigma);
        return [D_LOGNORMAL, off];
      case 'gamma': {
        const g = gammaConstants(c.shape);
        push(g.d, g.c, g.boost, c.scale);
        return [D_GAMMA, off];
      }
      case 'beta': {
        const a = gammaConstants(c.alpha);
        const b = gammaConstants(c.beta);
        push(a.d, a.c, a.boost, b.d, b.c, b.boost, c.min, c.range);
        return [D_BETA, off];
      }
      case 'triangular':
        push(c.min, c.mode, c.max);
        return [D_TRIANGULAR, off];
      case 'discrete': {
        push(c.values.length);
        let cum = 0;
        for (const w of c.weights) {
          cum += w;
          push(cum);
        }
        push(...c.values);
        return [D_DISCRETE, off];
      }
    }
  }

  freeze(): Float64Array {
    this.frozen ??= Float64Array.from(this.data);
    return this.frozen;
  }
}

/** Draw from the distribution at (code, off) of a frozen table. */
export function drawFrom(rng: Random, P: Float64Array, code: number, off: number): number {
  switch (code) {
    case D_CONSTANT:
      return P[off]!;
    case D_UNIFORM:
      return P[off]! + P[off + 1]! * rng.uniform();
    case D_NORMAL:
      return P[off]! + P[off + 1]! * standardNormal(rng);
    case D_LOGNORMAL:
      return Math.exp(P[off]! + P[off + 1]! * standardNormal(rng));
    case D_GAMMA:
      return P[off + 3]! * standardGamma(rng, P[off]!, P[off + 1]!, P[off + 2]!);
    case D_BETA: {
      // Beta(a, b) = Ga / (Ga + Gb); PERT is a beta scaled to [min, min + range].
      const x = standardGamma(rng, P[off]!, P[off + 1]!, P[off + 2]!);
      const y = standardGamma(rng, P[off + 3]!, P[off + 4]!, P[off + 5]!);
      if (x + y > 0) return P[off + 6]! + P[off + 7]! * (x / (x + y));
      // Both gammas underflowed (shapes far below 1): the beta is then all but surely at 0 or
      // 1, at 1 with probability alpha / (alpha + beta).
      const a = shapeOf(P[off]!, P[off + 2]!);
      const b = shapeOf(P[off + 3]!, P[off + 5]!);
      return P[off + 6]! + (rng.uniform() < a / (a + b) ? P[off + 7]! : 0);
    }
    case D_TRIANGULAR:
      return triangular(rng, P[off]!, P[off + 1]!, P[off + 2]!);
    case D_DISCRETE: {
      const n = P[off]!;
      const u = rng.uniform();
      let i = 0;
      while (i < n - 1 && u >= P[off + 1 + i]!) i++;
      return P[off + 1 + n + i]!;
    }
  }
  return NaN;
}

/** The gamma shape behind Marsaglia-Tsang constants d (and the boost used below shape 1). */
function shapeOf(d: number, boost: number): number {
  const a = d + 1 / 3;
  return boost > 0 ? a - 1 : a;
}
