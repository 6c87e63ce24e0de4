/**
 * A plain number typed by a person: "0,97" (Dutch) or "0.97", spaces allowed; null when it is
 * not one. Used for fields the model keeps as plain numbers (branch probability, age, year).
 */
export function parsePlainNumber(text: string, lang: 'nl' | 'en'): number | null {
  let t = text.trim().replace(/\s/g, '');
  if (!t) return null;
  if (lang === 'nl')
    t = t.replace(/\./g, (m, i: number) => (/,/.test(t.slice(i)) ? '' : m)).replace(',', '.');
  else t = t.replace(/,/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

/** A plain number shown for typing: "0,97" in Dutch, "0.97" in English; "" for none. */
export function showPlainNumber(x: number | undefined, lang: 'nl' | 'en'): string {
  if (x === undefined || !Number.isFinite(x)) return '';
  const s = String(x);
  return lang === 'nl' ? s.replace('.', ',') : s;
}
