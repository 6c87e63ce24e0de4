import { LOCALE_TAGS, type Locale } from '../i18n/locale';
import { formatFieldNumber } from '../quantity/quantity-number';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A computed number of families out of 100 (a mean, a percentile) as people say it: whole numbers from 10 up ("35"), one decimal
 * below 10 where it matters ("2,5" in Dutch, "2.5" in English), so a rare risk does not read as 0.
 */
export function formatPer100(x: number, locale: Locale): string {
  const digits = Math.abs(x) < 9.95 ? 1 : 0;
  const key = `${locale}:${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAGS[locale], { maximumFractionDigits: digits });
    formats.set(key, f);
  }
  const text = f.format(x);
  return text === '-0' ? '0' : text;
}

/**
 * A number of families as someone said it (an answer, or a chance given as one number): every
 * digit they typed, in the language's style ("12,5"), without float noise (0.125 * 100).
 */
export function formatSaidPer100(x: number, locale: Locale): string {
  return formatFieldNumber(Number(x.toPrecision(10)), locale);
}
