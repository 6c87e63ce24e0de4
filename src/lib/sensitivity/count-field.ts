import { MIN_RELIABLE_OUTER_DRAWS } from '../analysis/analysis-limits';
import { readLocalNumber } from '../model/settings-input';

export type CountParse = { ok: true; value: number } | { ok: false };

/**
 * A whole number typed in Dutch ("10.000") or English ("10,000") style within [min, max]
 * (iterations, draws); read as the settings panel reads numbers (readLocalNumber).
 */
export function readCount(text: string, lang: 'nl' | 'en', min: number, max: number): CountParse {
  const x = readLocalNumber(text, lang === 'nl');
  return Number.isInteger(x) && x >= min && x <= max ? { ok: true, value: x } : { ok: false };
}

/** Fewest outer draws for an interval (the analysis library's limit). */
export const MIN_INTERVAL_DRAWS = MIN_RELIABLE_OUTER_DRAWS;

/**
 * Limits of the analysis forms: families per evaluation, and outer draws for an interval. Outer
 * draws are 0 (no interval) or from `min`: a 90 % interval is the 5th to 95th percentile of the
 * draws, and with fewer than 20 draws those percentiles are hardly more than the extremes (the
 * analysis library flags such intervals as unreliable and refuses 1 draw).
 */
export const ANALYSIS_LIMITS = {
  iterations: { min: 100, max: 1_000_000 },
  outerDraws: { min: MIN_INTERVAL_DRAWS, max: 200 },
} as const;

/** Outer draws as typed: 0 (no interval) or a whole number within ANALYSIS_LIMITS.outerDraws. */
export function readOuterDraws(text: string, lang: 'nl' | 'en'): CountParse {
  const x = readLocalNumber(text, lang === 'nl');
  if (x === 0) return { ok: true, value: 0 };
  return readCount(text, lang, ANALYSIS_LIMITS.outerDraws.min, ANALYSIS_LIMITS.outerDraws.max);
}
