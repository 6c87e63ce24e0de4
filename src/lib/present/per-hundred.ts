import { formatInteger } from '../i18n/format';
import type { Locale } from '../i18n/locale';

/**
 * A probability as "how many of 100 families" (the way the group session asks for it): a whole
 * number, "< 1" for a chance that is not zero but rounds to it, and "> 99" for one that is not
 * certain but rounds to 100, so neither reads as "never" or "always".
 */
export function perHundred(p: number, lang: Locale): string {
  const n = Math.round(p * 100);
  if (n === 0 && p > 0) return '< 1';
  if (n === 100 && p < 1) return '> 99';
  return formatInteger(n, lang);
}
