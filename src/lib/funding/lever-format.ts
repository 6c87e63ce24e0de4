import type { AnalysisInput } from '../analysis/analysis-types';
import { formatShare } from '../chart/format-cell';
import { formatEuro, formatEuroRounded } from '../i18n/format';
import { LOCALE_TAGS, type Locale } from '../i18n/locale';

/** Words for units the catalogue translates. */
export interface LeverUnitWords {
  months: (value: string) => string;
  hours: (value: string) => string;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** A plain number to 3 significant digits in the locale's style ("1,250", "0.125", "1.250"). */
function plain(x: number, locale: Locale): string {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAGS[locale], { maximumSignificantDigits: 3 });
    numberFormats.set(locale, f);
  }
  return f.format(x === 0 ? 0 : x);
}

/**
 * A lever's value as people read it: a probability as a percentage, a cost in euros, months
 * and hours with their unit, anything else as a number with the input's own unit.
 */
export function formatLeverValue(
  x: number,
  input: Pick<AnalysisInput, 'role' | 'unit'>,
  locale: Locale,
  words: LeverUnitWords,
): string {
  switch (input.role) {
    case 'probability':
      return formatShare(x, locale);
    case 'cost':
      return Math.abs(x) >= 1000 ? formatEuroRounded(x, locale) : formatEuro(x, locale);
    case 'month':
    case 'duration':
      return words.months(plain(x, locale));
    case 'hours':
      return words.hours(plain(x, locale));
    default:
      return input.unit ? `${plain(x, locale)} ${input.unit}` : plain(x, locale);
  }
}
