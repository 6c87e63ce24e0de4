/**
 * A label as the room can read it from afar: the remarks in brackets left out ("Oldest child
 * (young, age not stated)" -> "Oldest child"). The full label stays in the editor and the tables.
 * A label that is nothing but brackets is kept as it is.
 */
export function shortLabel(label: string): string {
  let s = label;
  for (;;) {
    const next = s.replace(/\s*\([^()]*\)/g, '');
    if (next === s) break;
    s = next;
  }
  s = s
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return s === '' ? label.trim() : s;
}
