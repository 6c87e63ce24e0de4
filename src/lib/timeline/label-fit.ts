/**
 * Text widths without a DOM (layout tests run in Node, where nothing can be measured): the
 * average character width of the timeline's 14 px system font, rounded up (DejaVu Sans, the
 * widest common one, averages 7.6 px on the example cases; Segoe UI about 7).
 */
export const CHAR_WIDTH = 8;

/** `text` cut to at most `max` characters, ending in "…" when cut (the full text goes to aria-label / title). */
export function truncateLabel(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  if (max <= 1) return '…';
  return (
    chars
      .slice(0, max - 1)
      .join('')
      .trimEnd() + '…'
  );
}

/** Pixel width of a text under the estimate. */
export function textWidth(text: string): number {
  return [...text].length * CHAR_WIDTH;
}
