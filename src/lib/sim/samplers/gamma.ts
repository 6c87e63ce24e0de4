import type { Random } from '../random';
import { standardNormal } from './normal';

/** Constants of Marsaglia & Tsang's method for gamma(shape), computed once per distribution. */
export interface GammaConstants {
  d: number;
  c: number;
  /** 1/shape when shape < 1 (the u^(1/shape) boost), else 0. */
  boost: number;
}

export function gammaConstants(shape: number): GammaConstants {
  if (!(shape > 0)) throw new RangeError('gamma shape must be > 0');
  const a = shape < 1 ? shape + 1 : shape;
  const d = a - 1 / 3;
  return { d, c: 1 / Math.sqrt(9 * d), boost: shape < 1 ? 1 / shape : 0 };
}

/**
 * Gamma(shape, scale 1) by Marsaglia & Tsang (2000), "A simple method for generating gamma
 * variables", with d and c precomputed; for shape < 1, G(a) = G(a+1) * U^(1/a).
 */
export function standardGamma(rng: Random, d: number, c: number, boost: number): number {
  let g: number;
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.uniform();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) {
      g = d * v;
      break;
    }
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
      g = d * v;
      break;
    }
  }
  return boost > 0 ? g * Math.pow(rng.uniform(), boost) : g;
}
