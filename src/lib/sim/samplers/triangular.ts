import type { Random } from '../random';

/** Triangular(min, mode, max) by inverting its CDF. */
export function triangular(rng: Random, min: number, mode: number, max: number): number {
  const u = rng.uniform();
  const range = max - min;
  const fc = (mode - min) / range;
  return u < fc ? min + Math.sqrt(u * range * (mode - min)) : max - Math.sqrt((1 - u) * range * (max - mode));
}
