import { scaleLinear } from 'd3';
import { linearTicks, type Tick } from '../chart/axis-ticks';
import { px } from '../chart/chart-box';

/** A bar segment from the base line to where the saving goes with the input low or high. */
export interface TornadoSegment {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The far end (where the saving with this value lies). */
  end: number;
  /** Its value label: position and which way it runs from there. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

export interface TornadoRowGeometry {
  /** Baselines of the input's name and of its source line (both above the bar). */
  nameY: number;
  sourceY: number;
  low: TornadoSegment;
  high: TornadoSegment;
}

export interface TornadoGeometry {
  width: number;
  height: number;
  /** The plot's left and right edges (room for value labels is kept outside them). */
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The saving with every input at its mean. */
  baseX: number;
  /** Zero saving (break-even), when it is on the axis. */
  zeroX: number | null;
  ticks: Tick[];
  rows: TornadoRowGeometry[];
  /** Baseline of the legend under the axis. */
  legendY: number;
  /** About how many characters fit on a name line and on a source line. */
  nameChars: number;
  sourceChars: number;
}

export const TORNADO_ROW = { height: 78, name: 16, source: 35, barTop: 44, bar: 24 } as const;
const TOP = 44;
const AXIS = 60;
const LEGEND = 40;

/**
 * The saving axis: it spans every bar end and the base; it reaches out to zero (break-even) when
 * zero is no further away than half the span, so the line "does the pilot still pay?" is shown
 * whenever it is near, without squeezing bars that are all far from it. A flat span gets a margin.
 */
export function tornadoDomain(ends: readonly number[], base: number): [number, number] {
  let lo = Math.min(base, ...ends);
  let hi = Math.max(base, ...ends);
  const span = hi - lo;
  if (lo > 0 && lo - span / 2 <= 0) lo = 0;
  if (hi < 0 && hi + span / 2 >= 0) hi = 0;
  if (hi - lo === 0) {
    const pad = Math.max(1, Math.abs(base) * 0.1);
    return [lo - pad, hi + pad];
  }
  return [lo, hi];
}

/**
 * Horizontal tornado bars: one row per input (its name and source above its bar), each bar made
 * of two segments from the base line: to the saving with the input at its 10th percentile (low)
 * and at its 90th (high). Segments on opposite sides of the base share the bar's full height; on
 * the same side (the effect is not monotone) they are stacked, low above high, so neither hides
 * the other. `labelRoom` px are kept at both sides of the plot for the value labels.
 */
export function tornadoGeometry(
  bars: ReadonlyArray<{ low: number; high: number }>,
  base: number,
  width: number,
  labelRoom = 150,
): TornadoGeometry {
  const left = 16 + labelRoom;
  const right = Math.max(left + 40, width - 16 - labelRoom);
  const top = TOP;
  const bottom = top + bars.length * TORNADO_ROW.height;
  const x = scaleLinear()
    .domain(
      tornadoDomain(
        bars.flatMap((b) => [b.low, b.high]),
        base,
      ),
    )
    .nice(4)
    .range([left, right]);
  const [d0, d1] = x.domain() as [number, number];
  const baseX = px(x(base));
  const segment = (v: number, y: number, height: number, towardsLeft: boolean): TornadoSegment => {
    const end = px(x(v));
    const leftward = end < baseX || (end === baseX && towardsLeft);
    return {
      x: Math.min(baseX, end),
      y,
      width: px(Math.abs(end - baseX)),
      height,
      end,
      labelX: px(leftward ? end - 6 : end + 6),
      labelY: y + height / 2 + 5,
      anchor: leftward ? 'end' : 'start',
    };
  };
  const rows = bars.map((b, k): TornadoRowGeometry => {
    const y0 = top + k * TORNADO_ROW.height;
    const barY = y0 + TORNADO_ROW.barTop;
    const sameSide = (b.low - base) * (b.high - base) > 0;
    const half = TORNADO_ROW.bar / 2;
    return {
      nameY: y0 + TORNADO_ROW.name,
      sourceY: y0 + TORNADO_ROW.source,
      low: sameSide
        ? segment(b.low, barY, half, b.low < base)
        : segment(b.low, barY, TORNADO_ROW.bar, b.low <= b.high),
      high: sameSide
        ? segment(b.high, barY + half, half, b.high < base)
        : segment(b.high, barY, TORNADO_ROW.bar, b.high < b.low),
    };
  });
  const zeroX = d0 <= 0 && d1 >= 0 ? px(x(0)) : null;
  return {
    width,
    height: bottom + AXIS + LEGEND,
    left,
    right,
    top,
    bottom,
    baseX,
    zeroX,
    ticks: linearTicks(x, Math.max(2, Math.floor((right - left) / 110))),
    rows,
    legendY: bottom + AXIS + 22,
    nameChars: Math.max(20, Math.floor((width - 32) / 9)),
    sourceChars: Math.max(20, Math.floor((width - 32) / 7.5)),
  };
}

/**
 * The two ends' looks (Okabe-Ito, both at least 3:1 against white): low solid blue, high hatched
 * reddish purple; each end also carries its own value label, so colour is never the only cue.
 */
export const TORNADO_STYLE = {
  low: { color: '#0072B2', hatched: false },
  high: { color: '#CC79A7', hatched: true },
} as const;
