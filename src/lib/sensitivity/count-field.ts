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

/** Limits of the analysis forms: families per evaluation, and outer draws for an interval. */
export const ANALYSIS_LIMITS = {
  iterations: { min: 100, max: 1_000_000 },
  outerDraws: { min: 0, max: 200 },
} as const;
