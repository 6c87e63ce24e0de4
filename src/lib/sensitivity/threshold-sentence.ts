import type { AnalysisInput, ThresholdResult } from '../analysis/analysis-types';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { displayRole, inputValueText, per100Text } from './input-value';

/** What the search was for, in words: the payer's name (null = all payers together). */
export interface ThresholdContext {
  payerName: string | null;
  /** Outer draws asked for (an interval that comes back empty then means no draw had a value). */
  outerDraws?: number;
}

/**
 * A threshold value in the sentence's terms: a probability as a count of 100 families ("23"),
 * anything else with its unit ("€12,300", "14.5 months").
 */
export function thresholdValueText(input: AnalysisInput, x: number, t: Messages, locale: Locale): string {
  return displayRole(input) === 'probability' ? per100Text(x, locale) : inputValueText(input, x, t, locale);
}

/**
 * The threshold's result as plain sentences: where the pilot breaks even for the payer by the
 * chosen month ("... if X is below 23 in 100 families"; for a cost "X may be at most € y"), or
 * that it does so in the whole range or nowhere in it; then the 90 % interval over the outer
 * draws (what we do not know about the other inputs), and how many draws had a value.
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
  const months = result.target.byMonth;
  const label = input.label[locale];
  const role = displayRole(input);
  const plain = (x: number) => inputValueText(input, x, t, locale);
  if (result.status !== 'found' || result.value === null) {
    const from = plain(range.lower);
    const to = plain(range.upper);
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
    if (interval.drawsWithValue === 0) out.push(t.sensThresholdNoInterval(String(interval.draws)));
    else {
      out.push(
        t.sensThresholdInterval(
          thresholdValueText(input, interval.low, t, locale),
          thresholdValueText(input, interval.high, t, locale),
        ),
      );
      if (interval.drawsWithValue < interval.draws)
        out.push(t.sensThresholdIntervalPart(String(interval.drawsWithValue), String(interval.draws)));
    }
  }
  return out;
}
