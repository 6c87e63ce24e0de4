import { LOCALE_TAGS, type Locale } from './locale';

/**
 * Number formats per UI language (nl-NL: "€ 20.000", "3%"; en-GB: "€20,000", "3%").
 * Formatters are cached: constructing Intl objects is slow.
 */
const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `${locale}:${key}`;
  let f = cache.get(k);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAGS[locale], options);
    cache.set(k, f);
  }
  return f;
}

/** Round to `digits` significant digits: headline figures should not pretend to euro precision. */
export function roundSignificant(x: number, digits = 3): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const scale = 10 ** (Math.floor(Math.log10(Math.abs(x))) + 1 - digits);
  return scale >= 1 ? Math.round(x / scale) * scale : Math.round(x);
}

/** Whole euros. */
export function formatEuro(x: number, locale: Locale): string {
  // Normalise -0 so a rounded zero never shows as "-€0".
  const v = Math.round(x) || 0;
  return numberFormat(locale, 'eur', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
    v,
  );
}

/** Euros rounded to three significant digits, for headline statements. */
export function formatEuroRounded(x: number, locale: Locale): string {
  return formatEuro(roundSignificant(x, 3), locale);
}

export function formatInteger(x: number, locale: Locale): string {
  return numberFormat(locale, 'int', { maximumFractionDigits: 0 }).format(x);
}

export function formatDecimal(x: number, locale: Locale, digits = 1): string {
  return numberFormat(locale, `dec${digits}`, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(x);
}

/** A rate as a percentage: 0.0225 -> "2.25%" / "2,25%". */
export function formatPercent(rate: number, locale: Locale): string {
  return numberFormat(locale, 'pct', { style: 'percent', maximumFractionDigits: 2 }).format(rate);
}
