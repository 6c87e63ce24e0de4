import type { Distribution, Quantity } from '../model/quantity';
import type { EstimateAnswer } from '../model/session';

/**
 * Pooling the group's answers into one distribution for a probability (SHELF-style elicitation).
 *
 * Each answer is a distribution on the probability p:
 *  - "k of 100 families" is a point at k / 100 (the participant gave no spread);
 *  - low / most likely / high is a PERT(low, likely, high) / 100 (lambda = 4, as the app's own
 *    three-point input), mean (l + 4m + h) / 6 and variance (mean - l)(h - mean) / 7.
 *
 * They are combined by a linear opinion pool with equal weights: the mixture that picks each
 * participant's distribution with chance 1/n. SHELF allows it (Oakley & O'Hagan, SHELF 4, 2019;
 * O'Hagan et al. 2006, "Uncertain judgements", ch. 9); it keeps every opinion's spread and the
 * disagreement between them, and equal weights claim nothing about who knows best. The
 * behavioural part of SHELF (the group settling on one distribution after seeing this) is what
 * the room does with the pooled picture on the screen; the app does not weigh anyone.
 *
 * The mixture's mean and variance are exact:
 *   mean = (1/n) sum m_i,   variance = (1/n) sum (v_i + (m_i - mean)^2).
 * The model takes a beta fitted to them (method of moments: the same mean and sd). When all
 * answers are the same single number the pool is that number. A mixture can be wider than a
 * usable beta (answers of 0 and 100 give the largest variance there is, mean (1 - mean)); the
 * variance is then capped at MAX_VARIANCE_SHARE of mean (1 - mean), where alpha + beta = 1: beyond
 * that the beta is two spikes at 0 and 1, and both of its gamma draws can round to 0 (0/0).
 */
export const MAX_VARIANCE_SHARE = 0.5;

/** Mean and variance of one distribution on the probability (0..1). */
export interface Moments {
  mean: number;
  variance: number;
}

/** The answer's own distribution on the probability: a number (a point) or a PERT. */
export function answerDistribution(a: EstimateAnswer): number | Distribution {
  if (a.kind === 'count' || a.low === a.high) return (a.kind === 'count' ? a.count : a.low) / 100;
  return { dist: 'pert', min: a.low / 100, mode: a.likely / 100, max: a.high / 100 };
}

/** The exact mean and variance of an answer's distribution (on 0..1). */
export function answerMoments(a: EstimateAnswer): Moments {
  if (a.kind === 'count') return { mean: a.count / 100, variance: 0 };
  const [l, m, h] = [a.low / 100, a.likely / 100, a.high / 100];
  if (l === h) return { mean: l, variance: 0 };
  const mean = (l + 4 * m + h) / 6;
  return { mean, variance: ((mean - l) * (h - mean)) / 7 };
}

/** The exact mean and variance of an equal-weight mixture of distributions with these moments. */
export function mixtureMoments(parts: readonly Moments[]): Moments {
  const n = parts.length;
  if (n === 0) throw new Error('a mixture needs at least one part');
  const mean = parts.reduce((s, p) => s + p.mean, 0) / n;
  // Spread around the mixture's mean (not E[X^2] - mean^2): identical points give exactly 0.
  const variance = parts.reduce((s, p) => s + p.variance + (p.mean - mean) ** 2, 0) / n;
  return { mean, variance };
}

export interface PooledEstimate {
  /** How many answers were pooled. */
  answers: number;
  /** The exact moments of the pooled mixture (on 0..1). */
  mixture: Moments;
  /** What the model gets: a plain number, or a beta by mean and sd. */
  quantity: Quantity;
  /** The mixture was wider than the beta can be: its variance was capped (see MAX_VARIANCE_SHARE). */
  capped: boolean;
}

/** Significant digits kept in the fitted numbers (they are written into the scenario). */
const DIGITS = 6;
const round = (x: number) => Number(x.toPrecision(DIGITS));

/**
 * The quantity for a probability with this mean and variance: a plain number when there is no
 * spread, else a beta with the same mean and sd (capped where the beta cannot be that wide).
 */
export function fitBeta(m: Moments): { quantity: Quantity; capped: boolean } {
  const mean = round(m.mean);
  // Relative to the largest possible variance, so float noise never makes a beta of a point.
  const limit = mean * (1 - mean);
  if (!(m.variance > limit * 1e-12) || mean <= 0 || mean >= 1) return { quantity: mean, capped: false };
  const capped = m.variance > MAX_VARIANCE_SHARE * limit;
  const variance = capped ? MAX_VARIANCE_SHARE * limit : m.variance;
  // Rounding moves the sd by less than 1 in 10^6: far inside the beta's limit even when capped.
  return { quantity: { dist: 'beta', mean, sd: round(Math.sqrt(variance)) }, capped };
}

/** The group's answers pooled (null when nobody has answered yet). */
export function poolAnswers(answers: readonly EstimateAnswer[]): PooledEstimate | null {
  if (!answers.length) return null;
  const mixture = mixtureMoments(answers.map(answerMoments));
  return { answers: answers.length, mixture, ...fitBeta(mixture) };
}
