import type { Messages } from '../i18n/messages';
import { LOCALE_TAGS, type Locale } from '../i18n/locale';
import type { QuantityRole } from '../model/quantity-fields';
import { formatFieldNumber } from './quantity-number';

/**
 * Numbers in the widget's preview, in the role's terms: euros for a cost (three significant
 * digits from 100 up, cents below), a percentage for a probability, months for months and
 * durations, hours for hours, else a plain number with three significant digits.
 */
const cache = new Map<string, Intl.NumberFormat>();
function format(locale: Locale, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `${locale}:${key}`;
  let f = cache.get(k);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAGS[locale], options);
    cache.set(k, f);
  }
  return f;
}

/** A plain number with at most three significant digits ("12,300", "0.25"). */
export function formatShortNumber(x: number, locale: Locale): string {
  return format(locale, 'sig3', { maximumSignificantDigits: 3 }).format(Math.abs(x) < 1e-12 ? 0 : x);
}

/**
 * `exact`: for confirming how typed text was read ("reads as €1,234.50"): euros to the cent,
 * percentages to 4 decimals, other numbers in full.
 */
export function formatForRole(
  x: number,
  role: QuantityRole,
  locale: Locale,
  t: Messages,
  exact = false,
): string {
  if (exact) return formatExact(x, role, locale, t);
  switch (role) {
    case 'cost': {
      if (Math.abs(x) >= 100 || Number.isInteger(x)) {
        const rounded = Math.abs(x) >= 100 ? Number(x.toPrecision(3)) : x;
        return format(locale, 'eur0', {
          style: 'currency',
          currency: 'EUR',
          maximumFractionDigits: 0,
        }).format(rounded || 0);
      }
      return format(locale, 'eur2', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 }).format(
        x,
      );
    }
    case 'probability':
      return Math.abs(x) > 0 && Math.abs(x) < 0.01
        ? format(locale, 'pct-sig', { style: 'percent', maximumSignificantDigits: 2 }).format(x)
        : format(locale, 'pct1', { style: 'percent', maximumFractionDigits: 1 }).format(x);
    case 'month':
    case 'duration':
      return t.quantityMonths(x, formatShortNumber(x, locale));
    case 'hours':
      return t.quantityHours(x, formatShortNumber(x, locale));
    case 'units':
    case 'parameter':
      return formatShortNumber(x, locale);
  }
}

function formatExact(x: number, role: QuantityRole, locale: Locale, t: Messages): string {
  const full = formatFieldNumber(x, locale);
  switch (role) {
    case 'cost':
      return Number.isInteger(x)
        ? format(locale, 'eur0', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(x)
        : format(locale, 'eur2', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 }).format(x);
    case 'probability':
      return format(locale, 'pct4', { style: 'percent', maximumFractionDigits: 4 }).format(x);
    case 'month':
    case 'duration':
      return t.quantityMonths(x, full);
    case 'hours':
      return t.quantityHours(x, full);
    case 'units':
    case 'parameter':
      return full;
  }
}
