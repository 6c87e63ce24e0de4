import { LOCALE_TAGS, type Locale } from '../i18n/locale';
import type { QuantityRole } from '../model/quantity-fields';
import { readLocalNumber } from '../model/settings-input';

/**
 * Numbers as typed in the uncertain-number widget, in Dutch ("1.234,5") or English ("1,234.5")
 * style (see readLocalNumber). A probability (or a parameter, which may be one) may also be typed
 * as a percentage ("30%", "12,5 %"); a cost may carry a euro sign ("€ 1.200", "1200 EUR").
 */
export function readQuantityNumber(text: string, locale: Locale, role: QuantityRole): number {
  let t = text.trim();
  if (role === 'cost') t = t.replace(/^(€|eur\b)\s*/i, '').replace(/\s*(€|eur)$/i, '');
  const percent = /^(.*?)\s*%$/.exec(t);
  if (percent) {
    if (role !== 'probability' && role !== 'parameter') return NaN;
    return fromPercent(readLocalNumber(percent[1]!, locale === 'nl'));
  }
  return readLocalNumber(t, locale === 'nl');
}

/** x % as a fraction, without the last-bit noise of a division (33.3 % is 0.333, not 0.33299999...). */
export function fromPercent(x: number): number {
  return Number((x / 100).toPrecision(15));
}

/** A list of numbers separated by semicolons ("1; 2,5; 4" in Dutch), or null if any is not a number. */
export function readNumberList(text: string, locale: Locale, role: QuantityRole): number[] | null {
  const parts = text
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (parts.length === 0) return null;
  const xs = parts.map((s) => readQuantityNumber(s, locale, role));
  return xs.every(Number.isFinite) ? xs : null;
}

const fieldFormats = new Map<Locale, Intl.NumberFormat>();

/** A number written into a field so that it reads back as the same number, in the locale's style. */
export function formatFieldNumber(x: number, locale: Locale): string {
  let f = fieldFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAGS[locale], { maximumSignificantDigits: 15 });
    fieldFormats.set(locale, f);
  }
  return f.format(x);
}

/** A computed number (a mean, a moment-matched bound) shortened to 6 significant digits for a field. */
export function roundForField(x: number): number {
  return Number(x.toPrecision(6));
}
