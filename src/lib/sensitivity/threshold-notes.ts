import type { AnalysisInput, ThresholdResult } from '../analysis/analysis-types';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { inputValueText } from './input-value';

/**
 * What the reader must know to trust a threshold, each as a plain sentence (empty when nothing):
 * the range actually searched when the library had to narrow the asked one (and why), a saving
 * that changes sign more than once in the range (only the first crossing from below is shown),
 * a search stopped at its step limit (the value is approximate), and a target year beyond the
 * horizon (the saving is counted up to the horizon).
 */
export function thresholdNotes(
  result: ThresholdResult,
  input: AnalysisInput,
  asked: { lower: number; upper: number },
  horizonMonths: number,
  t: Messages,
  locale: Locale,
): string[] {
  const plain = (x: number) => inputValueText(input, x, t, locale);
  const out: string[] = [];
  const used = result.searchedRange;
  if (used && (used.lower !== asked.lower || used.upper !== asked.upper))
    out.push(
      t.sensSearchedRangeNote(plain(asked.lower), plain(asked.upper), plain(used.lower), plain(used.upper)),
    );
  if (result.multipleCrossings) out.push(t.sensMultipleCrossingsNote);
  if (result.capped) out.push(t.sensCappedNote);
  if (result.byMonthClamped) out.push(t.sensByMonthClampedNote(horizonMonths));
  return out;
}
