import type { AnalysisInput } from '../analysis/analysis-types';
import type { Locale } from '../i18n/locale';
import { formatFieldNumber, readQuantityNumber } from '../quantity/quantity-number';
import { displayRole } from './input-value';

export type RangeParse =
  | { ok: true; lower: number; upper: number }
  | { ok: false; problem: 'lowerNumber' | 'upperNumber' | 'order' };

/**
 * The searched range as typed: each end read like the uncertain-number widget reads a number of
 * the input's kind ("30%" for a probability, "€ 1.200" for a cost, Dutch or English style);
 * the lower end must be below the upper end.
 */
export function readRange(lower: string, upper: string, input: AnalysisInput, locale: Locale): RangeParse {
  const role = displayRole(input);
  const lo = readQuantityNumber(lower, locale, role);
  const hi = readQuantityNumber(upper, locale, role);
  if (!Number.isFinite(lo)) return { ok: false, problem: 'lowerNumber' };
  if (!Number.isFinite(hi)) return { ok: false, problem: 'upperNumber' };
  if (!(lo < hi)) return { ok: false, problem: 'order' };
  return { ok: true, lower: lo, upper: hi };
}

/**
 * A range end written into its field so that it reads back as the same number: a probability as
 * a percentage ("30%", as people say it), anything else as a plain number in the locale's style.
 */
export function rangeFieldText(x: number, locale: Locale, input?: AnalysisInput): string {
  if (input && displayRole(input) === 'probability')
    return `${formatFieldNumber(Number((x * 100).toPrecision(12)), locale)}%`;
  return formatFieldNumber(x, locale);
}
