/**
 * Fitting a label into a width on present mode's timeline. Widths come from a measuring function
 * (the page measures its own type with a canvas; Node tests pass a fake), so nothing is cut while
 * there is room for it.
 */

/** The width in px of a text in the timeline's type. */
export type TextMeasure = (text: string) => number;

/** How often, in words: long ("35 of 100 families") or short ("35 of 100"). */
export type ChanceWords = (p: number, form: 'long' | 'short') => string;

/** Of a label cut to make room for how often, at least this many characters stay (or all of it). */
const MIN_LABEL_CHARS = 14;
const SEPARATOR = ' · ';

/** `text` cut to fit `room` px, ending in "…" when cut ("…" alone when nothing more fits). */
export function cutToWidth(text: string, room: number, measure: TextMeasure): string {
  if (measure(text) <= room) return text;
  const chars = [...text];
  const cut = (n: number) => chars.slice(0, n).join('').trimEnd() + '…';
  // The longest start that fits, by bisection (width grows with the number of characters).
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(cut(mid)) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '…' : cut(lo);
}

/**
 * The label with how often after it, whole, in `room` px: with the long form, else the short
 * one; null when neither fits.
 */
export function wholeText(
  label: string,
  probability: number | null,
  room: number,
  chance: ChanceWords,
  measure: TextMeasure,
): string | null {
  if (probability === null) return measure(label) <= room ? label : null;
  for (const form of ['long', 'short'] as const) {
    const text = `${label}${SEPARATOR}${chance(probability, form)}`;
    if (measure(text) <= room) return text;
  }
  return null;
}

/**
 * The label with how often after it in `room` px, cut when it must be: whole if it fits (long
 * form of how often first, then the short one); else the label cut before the short form, so how
 * often stays readable; else everything cut.
 */
export function fitText(
  label: string,
  probability: number | null,
  room: number,
  chance: ChanceWords,
  measure: TextMeasure,
): string {
  const whole = wholeText(label, probability, room, chance, measure);
  if (whole !== null) return whole;
  if (probability === null) return cutToWidth(label, room, measure);
  const suffix = `${SEPARATOR}${chance(probability, 'short')}`;
  const cut = cutToWidth(label, room - measure(suffix), measure);
  const kept = [...cut].length - 1; // without the "…"
  if (kept >= Math.min([...label].length, MIN_LABEL_CHARS)) return cut + suffix;
  return cutToWidth(label + suffix, room, measure);
}
