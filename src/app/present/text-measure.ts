import type { TextMeasure } from '../../lib/present/text-fit';

/**
 * Measures text in the type an element has (its font style, weight, size and family), with a
 * canvas. Where there is no canvas (jsdom in tests), it estimates 0.6 em a character, the width
 * of an average character of DejaVu Sans, the widest common system font, rounded up.
 */
export function textMeasureFor(el: Element): TextMeasure {
  const cs = getComputedStyle(el);
  const px = parseFloat(cs.fontSize) || 24;
  const ctx = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  if (!ctx) return (text) => [...text].length * px * 0.6;
  ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
  const cache = new Map<string, number>();
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      // A pixel more than measured: the page rounds positions, and a cut text costs more than a gap.
      w = ctx.measureText(text).width + 1;
      cache.set(text, w);
    }
    return w;
  };
}
