import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { describeDistribution } from '../model/distribution-facts';
import { isDistribution, type Quantity } from '../model/quantity';
import { formatPer100, formatSaidPer100 } from './per-100';
import { pooledSummary, type PooledSummary } from './pooled-summary';

/**
 * A probability as the session says it: "12.5 of 100 families" for a number (as it was said),
 * "about 35 of 100 families" for a distribution (its mean, rounded as formatPer100 does), and
 * "a rule (p_a * 0.5)" for a formula (its value depends on other numbers).
 */
export function chanceWords(q: Quantity, t: Messages, locale: Locale): string {
  if (typeof q === 'number') return t.sessionValueOf100(formatSaidPer100(q * 100, locale));
  if (!isDistribution(q)) return t.sessionValueFormula(q.formula);
  const d = describeDistribution(q);
  return d.ok ? t.sessionValueAbout(formatPer100(d.facts.mean * 100, locale)) : t.sessionValueUnclear;
}

/**
 * The pooled sentence: "Together: about 35 of 100 families. There is a 9 in 10 chance that it
 * is between 12 and 61." (for a plain number: "everyone said the same", or "so far one answer"
 * when `answers` is 1).
 */
export function pooledSentence(summary: PooledSummary, t: Messages, locale: Locale, answers = 2): string {
  const f = (x: number) => formatPer100(x, locale);
  if (!summary.interval) {
    const value = formatSaidPer100(summary.mean, locale);
    return answers === 1 ? t.sessionPooledOne(value) : t.sessionPooledSame(value);
  }
  return t.sessionPooledSentence(f(summary.mean), f(summary.interval.low), f(summary.interval.high));
}

/** The pooled sentence of a quantity (null when it describes no distribution). */
export function pooledSentenceOf(q: Quantity, t: Messages, locale: Locale, answers = 2): string | null {
  const summary = pooledSummary(q);
  return summary && pooledSentence(summary, t, locale, answers);
}
