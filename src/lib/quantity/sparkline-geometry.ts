import type { QuantityPreview } from './quantity-preview';

/**
 * The small picture of a preview, in SVG user units: the density as a closed area (or bars),
 * the 90 % interval as a line below it and the mean as a tick across that line. Coordinates
 * are rounded to 2 decimals.
 */
export interface SparklineGeometry {
  /** Path data of the density area (empty for bars). */
  area: string;
  bars: Array<{ x: number; y: number; width: number; height: number }>;
  baseline: number;
  interval: { x1: number; x2: number; y: number };
  meanTick: { x: number; y1: number; y2: number };
}

const r2 = (v: number) => Math.round(v * 100) / 100;

export function sparklineGeometry(
  preview: Extract<QuantityPreview, { kind: 'curve' | 'bars' }>,
  width: number,
  height: number,
): SparklineGeometry {
  const pad = 5;
  const baseline = height - 8;
  const top = 2;
  const span = preview.to - preview.from || 1;
  const xOf = (x: number) => r2(pad + ((x - preview.from) / span) * (width - 2 * pad));
  const yOf = (y: number) => r2(baseline - y * (baseline - top));
  let area = '';
  const bars: SparklineGeometry['bars'] = [];
  if (preview.kind === 'curve') {
    const parts = [`M${xOf(preview.from)},${baseline}`];
    for (const p of preview.points) parts.push(`L${xOf(p.x)},${yOf(p.y)}`);
    parts.push(`L${xOf(preview.to)},${baseline}Z`);
    area = parts.join('');
  } else {
    const w = Math.max(2, Math.min(8, (width - 2 * pad) / (preview.points.length * 2)));
    for (const p of preview.points) {
      const y = yOf(p.y);
      bars.push({ x: r2(xOf(p.x) - w / 2), y, width: r2(w), height: r2(baseline - y) });
    }
  }
  return {
    area,
    bars,
    baseline,
    interval: { x1: xOf(preview.low), x2: xOf(preview.high), y: height - 4 },
    meanTick: { x: xOf(preview.mean), y1: baseline - 2, y2: height },
  };
}
