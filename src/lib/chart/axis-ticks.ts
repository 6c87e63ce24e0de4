import type { ScaleLinear } from 'd3';
import { px } from './chart-box';

export interface Tick {
  value: number;
  /** Position along the axis in SVG pixels. */
  pos: number;
}

/** About `count` round tick values of a linear scale with their positions. */
export function linearTicks(scale: ScaleLinear<number, number>, count: number): Tick[] {
  return scale.ticks(count).map((value) => ({ value: value === 0 ? 0 : value, pos: px(scale(value)) }));
}

/** Tick values for months: whole months, on multiples of 12 when the axis is long. */
export function monthTicks(horizon: number): number[] {
  const step = horizon > 36 ? 12 : horizon > 12 ? 6 : horizon > 6 ? 2 : 1;
  const out: number[] = [];
  for (let m = 0; m <= horizon; m += step) out.push(m);
  if (out[out.length - 1] !== horizon && horizon - out[out.length - 1]! >= step / 2) out.push(horizon);
  return out;
}
