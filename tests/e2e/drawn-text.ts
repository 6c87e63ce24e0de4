/**
 * Text as the browser draws it, for the browser tests that check sizes on a projector (present
 * mode, the session's room view). installDrawnText puts two functions on the page's window; a
 * test's page.evaluate then takes them from `(globalThis as unknown as WithDrawnText)` (code run
 * in the page cannot use this module's imports).
 */
import type { Page } from 'playwright-core';

export interface DrawnText {
  /**
   * Whether an element draws nothing: it or a parent up to `root` is not displayed or hidden (or,
   * with `screenReaderOnly`, has the class sr-only), or its box is at most 1 px wide or high.
   */
  hidden(el: Element, root: Element, screenReaderOnly?: boolean): boolean;
  /**
   * The smallest size (px) a text node is drawn at, or null when it draws nothing. HTML: the
   * height of each line box (Range.getClientRects) over the height the same font draws a 1 px
   * line at (from a 100 px probe); SVG: the font size times the screen scale (getScreenCTM().a).
   */
  drawnSize(node: Text): number | null;
}

export interface WithDrawnText {
  pathcostDrawnText: DrawnText;
}

/** Put the DrawnText functions on the page's window (again after every load). */
export async function installDrawnText(page: Page): Promise<void> {
  await page.evaluate(() => {
    const hidden = (el: Element, root: Element, screenReaderOnly = false) => {
      for (let e: Element | null = el; e && e !== root.parentElement; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden') return true;
        if (screenReaderOnly && e.classList.contains('sr-only')) return true;
      }
      const r = el.getBoundingClientRect();
      return r.width <= 1 || r.height <= 1;
    };
    // How high a font draws a line of text, per px of font size (the same for every size).
    const ratios = new Map<string, number>();
    const lineRatio = (cs: CSSStyleDeclaration) => {
      const key = `${cs.fontStyle}|${cs.fontWeight}|${cs.fontFamily}`;
      let ratio = ratios.get(key);
      if (ratio === undefined) {
        const probe = document.createElement('span');
        probe.textContent = 'Hxg';
        probe.style.cssText = `position:fixed;left:0;top:0;font-size:100px;line-height:normal;font-style:${cs.fontStyle};font-weight:${cs.fontWeight};font-family:${cs.fontFamily}`;
        document.body.append(probe);
        const range = document.createRange();
        range.selectNodeContents(probe.firstChild!);
        ratio = range.getClientRects()[0]!.height / 100;
        probe.remove();
        ratios.set(key, ratio);
      }
      return ratio;
    };
    const drawnSize = (node: Text): number | null => {
      const el = node.parentElement!;
      const cs = getComputedStyle(el);
      if (el instanceof SVGElement) {
        const text = (el.closest('text') ?? el) as SVGGraphicsElement;
        return parseFloat(cs.fontSize) * Math.abs(text.getScreenCTM()?.a ?? 1);
      }
      const range = document.createRange();
      range.selectNodeContents(node);
      const heights = [...range.getClientRects()].filter((r) => r.width >= 1).map((r) => r.height);
      return heights.length ? Math.min(...heights) / lineRatio(cs) : null;
    };
    const drawn: DrawnText = { hidden, drawnSize };
    (globalThis as unknown as WithDrawnText).pathcostDrawnText = drawn;
  });
}
