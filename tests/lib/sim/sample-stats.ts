/**
 * Helpers for Monte Carlo tests of the samplers (d3-random style): sample moments, the true
 * moments of a distribution, and tolerances derived from the Monte Carlo standard error.
 *
 * A check passes when |estimate - truth| < Z * SE, where SE is the asymptotic standard error of
 * the estimate computed from the true central moments (not from the sample). With Z = 4 a
 * correct sampler fails one check in ~16,000; the seeds are fixed, so the tests are repeatable.
 */
import { expect } from 'vitest';
import { Random } from '../../../src/lib/sim/random';

export const Z = 4;

/** A generator positioned at the start of stream `key` of iteration `iteration`. */
export function streamAt(seed: number, key: number, iteration = 0): Random {
  const rng = new Random(seed);
  rng.setIteration(iteration);
  rng.setStream(key);
  return rng;
}

export function draw(n: number, next: () => number): Float64Array {
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = next();
  return xs;
}

export interface SampleMoments {
  n: number;
  mean: number;
  /** Unbiased (n - 1) sample variance. */
  variance: number;
  skewness: number;
  /** Kurtosis (not excess): 3 for a normal distribution. */
  kurtosis: number;
  min: number;
  max: number;
}

export function sampleMoments(xs: Float64Array): SampleMoments {
  const n = xs.length;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const x of xs) {
    sum += x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const mean = sum / n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (const x of xs) {
    const d = x - mean;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  m2 /= n;
  m3 /= n;
  m4 /= n;
  return {
    n,
    mean,
    variance: (m2 * n) / (n - 1),
    skewness: m3 / m2 ** 1.5,
    kurtosis: m4 / (m2 * m2),
    min,
    max,
  };
}

/** The mean and the central moments c2..c6 of a distribution. */
export interface TrueMoments {
  mean: number;
  c2: number;
  c3: number;
  c4: number;
  c5: number;
  c6: number;
}

const binomial = (k: number, j: number): number => {
  let b = 1;
  for (let i = 1; i <= j; i++) b = (b * (k - j + i)) / i;
  return b;
};

/**
 * True moments of X = loc + scale * Y from the raw moments of Y: raw[k] = E[Y^k] for k = 0..6
 * (raw[0] = 1). Keep Y standardised (moderate moments) so that the conversion loses no precision.
 */
export function fromRaw(raw: readonly number[], loc = 0, scale = 1): TrueMoments {
  if (raw.length < 7) throw new Error('need raw moments 0..6');
  const m = raw[1]!;
  const central = (k: number): number => {
    let c = 0;
    for (let j = 0; j <= k; j++) c += binomial(k, j) * raw[j]! * (-m) ** (k - j);
    return c * scale ** k;
  };
  return {
    mean: loc + scale * m,
    c2: central(2),
    c3: central(3),
    c4: central(4),
    c5: central(5),
    c6: central(6),
  };
}

/** Raw moments 0..6 of a distribution given by a function of k. */
export const rawMoments = (f: (k: number) => number): number[] =>
  [0, 1, 2, 3, 4, 5, 6].map((k) => (k === 0 ? 1 : f(k)));

/** Rising factorial a (a + 1) ... (a + k - 1). */
export function rising(a: number, k: number): number {
  let p = 1;
  for (let i = 0; i < k; i++) p *= a + i;
  return p;
}

export const normalMoments = (mean: number, sd: number): TrueMoments => ({
  mean,
  c2: sd ** 2,
  c3: 0,
  c4: 3 * sd ** 4,
  c5: 0,
  c6: 15 * sd ** 6,
});

/** Gamma(shape, scale): E[Y^k] = shape (shape + 1) ... (shape + k - 1) for scale 1. */
export const gammaMoments = (shape: number, scale = 1): TrueMoments =>
  fromRaw(
    rawMoments((k) => rising(shape, k)),
    0,
    scale,
  );

/** Beta(alpha, beta) on [min, min + range]: E[Y^k] = prod (alpha + i) / (alpha + beta + i). */
export const betaMoments = (alpha: number, beta: number, min = 0, range = 1): TrueMoments =>
  fromRaw(
    rawMoments((k) => rising(alpha, k) / rising(alpha + beta, k)),
    min,
    range,
  );

export const uniformMoments = (min: number, max: number): TrueMoments =>
  fromRaw(
    rawMoments((k) => 1 / (k + 1)),
    min,
    max - min,
  );

/**
 * Triangular(min, mode, max). On [0, 1] with mode c, E[Y^k] = 2 / ((k + 1)(k + 2)) * (1 + c + ... + c^k),
 * which holds for c = 0 and c = 1 too.
 */
export function triangularMoments(min: number, mode: number, max: number): TrueMoments {
  const c = (mode - min) / (max - min);
  return fromRaw(
    rawMoments((k) => {
      let s = 0;
      for (let j = 0; j <= k; j++) s += c ** j;
      return (2 / ((k + 1) * (k + 2))) * s;
    }),
    min,
    max - min,
  );
}

/** Lognormal with log-mean mu and log-sd sigma: E[e^(sigma Z)]^k = exp(k^2 sigma^2 / 2), scaled by e^mu. */
export const lognormalMoments = (mu: number, sigma: number): TrueMoments =>
  fromRaw(
    rawMoments((k) => Math.exp((k * k * sigma * sigma) / 2)),
    0,
    Math.exp(mu),
  );

export function discreteMoments(values: readonly number[], weights: readonly number[]): TrueMoments {
  const total = weights.reduce((a, b) => a + b, 0);
  let mean = 0;
  values.forEach((v, i) => (mean += (v * weights[i]!) / total));
  const c = (k: number): number => {
    let s = 0;
    values.forEach((v, i) => (s += ((v - mean) ** k * weights[i]!) / total));
    return s;
  };
  return { mean, c2: c(2), c3: c(3), c4: c(4), c5: c(5), c6: c(6) };
}

export const trueSkewness = (t: TrueMoments): number => t.c3 / t.c2 ** 1.5;
export const trueKurtosis = (t: TrueMoments): number => t.c4 / t.c2 ** 2;

/** Asymptotic standard errors of the sample mean, variance and skewness for n draws. */
export function standardErrors(
  t: TrueMoments,
  n: number,
): { mean: number; variance: number; skewness: number } {
  const { c2, c3, c4, c5, c6 } = t;
  // Skewness g = m3 / m2^1.5; by the delta method its influence function is
  // a d^3 + b d^2 + e d + const with d = x - mean:
  const a = c2 ** -1.5;
  const b = -1.5 * c3 * c2 ** -2.5;
  const e = -3 * a * c2;
  const skewVar =
    a * a * c6 +
    b * b * c4 +
    e * e * c2 +
    2 * a * b * c5 +
    2 * a * e * c4 +
    2 * b * e * c3 -
    (a * c3 + b * c2) ** 2;
  return {
    mean: Math.sqrt(c2 / n),
    variance: Math.sqrt((c4 - c2 * c2) / n),
    skewness: Math.sqrt(skewVar / n),
  };
}

/** Assert |actual - expected| < delta, naming the quantity in the failure message. */
export function expectWithin(actual: number, expected: number, delta: number, what: string): void {
  expect(Math.abs(actual - expected), `${what}: got ${actual}, expected ${expected} ± ${delta}`).toBeLessThan(
    delta,
  );
}

/** Assert the sample's mean and variance (and optionally skewness) match the true moments within Z SE. */
export function expectMoments(xs: Float64Array, t: TrueMoments, options: { skewness?: boolean } = {}): void {
  const s = sampleMoments(xs);
  const se = standardErrors(t, s.n);
  expectWithin(s.mean, t.mean, Z * se.mean, 'mean');
  expectWithin(s.variance, t.c2, Z * se.variance, 'variance');
  if (options.skewness) expectWithin(s.skewness, trueSkewness(t), Z * se.skewness, 'skewness');
}

/** Relative closeness for exact (non-random) comparisons. */
export function expectRelClose(actual: number, expected: number, rel = 1e-9): void {
  expect(Math.abs(actual - expected), `got ${actual}, expected ${expected}`).toBeLessThanOrEqual(
    rel * Math.max(1, Math.abs(expected)),
  );
}

/**
 * Kolmogorov-Smirnov statistic sqrt(n) * D of a sample against a continuous CDF. Under the null it
 * exceeds 1.95 with probability ~0.001.
 */
export const KS_CRITICAL = 1.95;
export function ksStatistic(xs: Float64Array, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(xs).sort();
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i]!);
    d = Math.max(d, f - i / n, (i + 1) / n - f);
  }
  return Math.sqrt(n) * d;
}

/** erfc by the Chebyshev fit of Numerical Recipes (fractional error < 1.2e-7 everywhere). */
const ERFC_COEFFICIENTS = [
  -1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587,
  -0.82215223, 0.17087277,
];
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  let poly = 0;
  for (let i = ERFC_COEFFICIENTS.length - 1; i >= 0; i--) poly = ERFC_COEFFICIENTS[i]! + t * poly;
  const r = t * Math.exp(-z * z + poly);
  return x >= 0 ? r : 2 - r;
}

export const normalCdf = (x: number): number => 0.5 * erfc(-x / Math.SQRT2);
