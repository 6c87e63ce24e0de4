import type { AnalysisInput } from '../analysis/analysis-types';
import type { Locale } from '../i18n/locale';
import type { QuantityRole } from '../model/quantity-fields';
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
 * Significant digits of a prefilled range end, by how the input reads: euros and percentages
 * with 2 ("€49,000", "35%": a search range is a bound, not an estimate), other numbers with 3
 * (counts and months, where 2.47 and 2.5 may differ).
 */
export function rangeDigits(role: QuantityRole): number {
  return role === 'cost' || role === 'probability' ? 2 : 3;
}

/**
 * `x` rounded outward to `digits` significant digits: down for the lower end, up for the upper
 * end, so the rounded range still holds the one it stands for (2.47323218773905 -> 2.48 as an
 * upper end). The result is the nearest double to the short decimal, so it prints as typed.
 */
export function roundOutward(x: number, side: 'lower' | 'upper', digits: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const e = Math.floor(Math.log10(Math.abs(x))) - digits + 1;
  // Scale by a power of ten applied as a division when negative (1e-2 is not exact, 100 is).
  const scaled = e < 0 ? x * 10 ** -e : x / 10 ** e;
  // Snap first, so that a value already on the grid (2.48 -> 247.99999999999997) stays put.
  const snapped = Number(scaled.toPrecision(12));
  const k = side === 'lower' ? Math.floor(snapped) : Math.ceil(snapped);
  return e < 0 ? k / 10 ** -e : k * 10 ** e;
}

/**
 * A range end written into its field so that it reads back as the same number: a probability as
 * a percentage ("30%", as people say it), anything else as a plain number in the locale's style.
 * With `side`, a prefilled end is first rounded outward to `rangeDigits` (a probability within
 * 0..1); without, the number is written as it is.
 */
export function rangeFieldText(
  x: number,
  locale: Locale,
  input?: AnalysisInput,
  side?: 'lower' | 'upper',
): string {
  const role = input ? displayRole(input) : 'parameter';
  if (role === 'probability') {
    let pct = Number((x * 100).toPrecision(12));
    if (side) pct = Math.min(100, Math.max(0, roundOutward(pct, side, rangeDigits(role))));
    return `${formatFieldNumber(pct, locale)}%`;
  }
  return formatFieldNumber(side ? roundOutward(x, side, rangeDigits(role)) : x, locale);
}
