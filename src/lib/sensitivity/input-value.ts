import type { AnalysisInput } from '../analysis/analysis-types';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import type { QuantityRole } from '../model/quantity-fields';
import { formatForRole, formatShortNumber } from '../quantity/quantity-format';

/**
 * How an input's values read. A named parameter has the role 'parameter' whatever it holds, so
 * its unit decides: "probability ..." / "kans ..." reads as a probability, "EUR ..." / "€ ..." as
 * euros, "months" as months (in the UI's language); other units are written after the number.
 */
export function displayRole(input: Pick<AnalysisInput, 'role' | 'unit'>): QuantityRole {
  if (input.role !== 'parameter') return input.role;
  const unit = input.unit?.trim().toLowerCase() ?? '';
  if (/^(probability|chance|kans)\b/.test(unit)) return 'probability';
  if (/^(eur\b|€)/.test(unit)) return 'cost';
  if (/^(months?|maand(en)?)$/.test(unit)) return 'duration';
  return 'parameter';
}

/** One value of an input with its unit: "23%", "€12,300", "14.5 months", "8.2 sessions". */
export function inputValueText(
  input: Pick<AnalysisInput, 'role' | 'unit'>,
  x: number,
  t: Messages,
  locale: Locale,
): string {
  const role = displayRole(input);
  if (role === 'parameter' || role === 'units') {
    const n = formatShortNumber(x, locale);
    return input.unit?.trim() ? `${n} ${input.unit.trim()}` : n;
  }
  return formatForRole(x, role, locale, t);
}

/** A probability as a count of 100 families: 0.2345 -> "23.5", 0.5 -> "50" (3 significant digits). */
export function per100Text(p: number, locale: Locale): string {
  return formatShortNumber(Number((p * 100).toPrecision(12)), locale);
}
