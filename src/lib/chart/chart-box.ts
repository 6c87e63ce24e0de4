/** A chart's drawing area: the whole SVG and the margins around its plot. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ChartBox {
  width: number;
  height: number;
  margin: Margin;
}

/** The plot inside the margins, in SVG pixels. */
export interface PlotArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}

export function plotArea(box: ChartBox): PlotArea {
  const left = box.margin.left;
  const top = box.margin.top;
  const right = Math.max(left + 1, box.width - box.margin.right);
  const bottom = Math.max(top + 1, box.height - box.margin.bottom);
  return { left, right, top, bottom, width: right - left, height: bottom - top };
}

/** Round a coordinate to 0.1 px: enough for the eye, and exact strings in tests. */
export function px(x: number): number {
  return Math.round(x * 10) / 10;
}

/** The width to draw at: what the page gives, within sensible limits (jsdom gives 0). */
export function drawingWidth(available: number, fallback = 760, min = 320, max = 1400): number {
  if (!(available > 0)) return fallback;
  return Math.max(min, Math.min(max, Math.floor(available)));
}
