import type { Outcome, TornadoResult } from '../analysis/analysis-types';
import { formatEuroRounded } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { topRow, tornadoRows } from './tornado-rows';

/** Months counted for an outcome. */
export function outcomeMonths(
  outcome: Outcome,
  settings: { horizonMonths: number; shortTermMonths: number },
): number {
  return outcome === 'horizon' ? settings.horizonMonths : settings.shortTermMonths;
}

/**
 * The tornado's one-sentence reading: which input decides most, and where it moves the expected
 * saving between its 10th and 90th percentile ("from € a to € b", in the order low -> high);
 * with a note when a saving is negative (the pilot costs more). Without uncertain inputs, or when
 * none moves the answer, it says so.
 */
export function tornadoReading(
  result: TornadoResult,
  outcome: Outcome,
  months: number,
  t: Messages,
  locale: Locale,
): string {
  const rows = tornadoRows(result, outcome);
  if (rows.length === 0) return t.sensTornadoNone;
  const top = topRow(rows);
  if (!top) return t.sensTornadoFlat;
  const label = top.input.label[locale];
  const sentence = t.sensTornadoReading(
    label,
    formatEuroRounded(top.low, locale),
    formatEuroRounded(top.high, locale),
    months,
  );
  return Math.min(top.low, top.high) < 0 ? `${sentence} ${t.sensNegativeSavingNote}` : sentence;
}
