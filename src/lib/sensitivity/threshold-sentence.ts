import type { AnalysisInput, ThresholdResult } from '../analysis/analysis-types';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { displayRole, inputValueText, per100Text } from './input-value';

/** What the search was for, in words: the payer's name (null = all payers together). */
export interface ThresholdContext {
  payerName: string | null;
  /** Outer draws asked for (an interval that comes back empty then means no draw had a value). */
  outerDraws?: number;
  /** The computed scenario's horizon: the months counted when the target lay beyond it. */
  horizonMonths?: number;
}

/**
 * A threshold value in the sentence's terms: a probability as a count of 100 families ("23"),
 * anything else with its unit ("€12,300", "14.5 months").
 */
export function thresholdValueText(input: AnalysisInput, x: number, t: Messages, locale: Locale): string {
  return displayRole(input) === 'probability' ? per100Text(x, locale) : inputValueText(input, x, t, locale);
}

/** The range the search used: the asked one, or the narrowed one the library reports. */
export function searchedRangeOf(
  result: Pick<ThresholdResult, 'searchedRange'>,
  asked: { lower: number; upper: number },
): { lower: number; upper: number } {
  return result.searchedRange ?? asked;
}

/** The months the saving was added up over: the target's, or the horizon when the target lay beyond it. */
export function countedMonths(
  result: Pick<ThresholdResult, 'target' | 'byMonthClamped'>,
  horizonMonths?: number,
): number {
  return result.byMonthClamped && horizonMonths !== undefined
    ? Math.min(result.target.byMonth, horizonMonths)
    : result.target.byMonth;
}

/**
 * The threshold's result as plain sentences: where the pilot breaks even for the payer by the
 * chosen month ("... if X is below 23 in 100 families"; for a cost "X may be at most € y"), or
 * that it does so in the whole (searched) range or nowhere in it; then the 90 % interval over
 * the outer draws (what we do not know about the other inputs): "rough" when it rests on too few
 * draws, an end beyond the searched range as "x or lower" / "y or higher" (the library reports
 * it as the range end), and how many draws had a value inside the range.
 */
export function thresholdSentences(
  result: ThresholdResult,
  input: AnalysisInput,
  context: ThresholdContext,
  t: Messages,
  locale: Locale,
  range: { lower: number; upper: number },
): string[] {
  const who = context.payerName === null ? t.sensWhoAll : t.sensWho(context.payerName);
  const months = countedMonths(result, context.horizonMonths);
  const label = input.label[locale];
  const role = displayRole(input);
  const plain = (x: number) => inputValueText(input, x, t, locale);
  const searched = searchedRangeOf(result, range);
  if (result.status !== 'found' || result.value === null) {
    const from = plain(searched.lower);
    const to = plain(searched.upper);
    return [
      result.status === 'never'
        ? t.sensThresholdNever(who, months, label, from, to)
        : t.sensThresholdAlways(who, months, label, from, to),
    ];
  }
  const below = result.breaksEvenWhen !== 'above';
  const value = thresholdValueText(input, result.value, t, locale);
  const main =
    role === 'probability'
      ? t.sensThresholdProbability(who, months, label, value, below)
      : role === 'cost'
        ? below
          ? t.sensThresholdCostBelow(who, months, label, value)
          : t.sensThresholdCostAbove(who, months, label, value)
        : t.sensThresholdOther(who, months, label, value, below);
  const out = [main];
  const interval = result.interval;
  if (!interval && (context.outerDraws ?? 0) > 0)
    out.push(t.sensThresholdNoInterval(String(context.outerDraws)));
  if (interval && interval.draws > 0) {
    const rough = result.intervalReliable === false;
    /** Which end of the searched range a reported end beyond it stands for. */
    const sideOf = (x: number) =>
      Math.abs(x - searched.lower) <= Math.abs(x - searched.upper) ? 'lower' : 'upper';
    const endText = (x: number, beyond: boolean | undefined) => {
      const v = thresholdValueText(input, x, t, locale);
      if (!beyond) return v;
      return sideOf(x) === 'lower' ? t.sensOrLower(v) : t.sensOrHigher(v);
    };
    if (interval.drawsWithValue === 0) out.push(t.sensThresholdNoneInRange(String(interval.draws)));
    const low = endText(interval.low, interval.lowBeyondRange);
    const high = endText(interval.high, interval.highBeyondRange);
    if (interval.lowBeyondRange && interval.highBeyondRange && sideOf(interval.low) === sideOf(interval.high))
      out.push(t.sensThresholdIntervalBeyond(low, sideOf(interval.low) === 'lower', rough));
    else out.push(t.sensThresholdInterval(low, high, rough));
    if (interval.drawsWithValue > 0 && interval.drawsWithValue < interval.draws)
      out.push(t.sensThresholdIntervalPart(String(interval.drawsWithValue), String(interval.draws)));
  }
  return out;
}
