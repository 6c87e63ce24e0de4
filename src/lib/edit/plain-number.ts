import { readLocalNumber } from '../model/settings-input';

/**
 * A plain number typed by a person, read as the settings and the uncertain-number widget read it
 * (`readLocalNumber`): "0,97" or "1.500" in Dutch, "0.97" or "1,500" in English, and a single
 * mark of the other language that cannot be grouping read as a decimal mark ("0,5" in English is
 * 0.5). Null when it is not one. Used for fields the model keeps as plain numbers (branch
 * probability, age, year).
 */
export function parsePlainNumber(text: string, lang: 'nl' | 'en'): number | null {
  const v = readLocalNumber(text, lang === 'nl');
  return Number.isFinite(v) ? v : null;
}

/** A plain number shown for typing: "0,97" in Dutch, "0.97" in English; "" for none. */
export function showPlainNumber(x: number | undefined, lang: 'nl' | 'en'): string {
  if (x === undefined || !Number.isFinite(x)) return '';
  const s = String(x);
  return lang === 'nl' ? s.replace('.', ',') : s;
}
