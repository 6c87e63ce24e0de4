import { scaleLinear } from 'd3';
import type { Estimate } from '../analysis/analysis-types';
import { linearTicks, type Tick } from '../chart/axis-ticks';
import { px } from '../chart/chart-box';

export interface VariantMark {
  nameY: number;
  /** The interval's line (5th to 95th percentile over families) and the mean's dot. */
  lineY: number;
  lowX: number;
  highX: number;
  meanX: number;
  /** Where the mean's value label starts (right of the line). */
  labelX: number;
}

export interface VariantsGeometry {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  zeroX: number;
  /** Baseline of the break-even label above the zero line. */
  zeroLabelY: number;
  ticks: Tick[];
  marks: VariantMark[];
  legendY: number;
}

export const VARIANT_ROW = { height: 58, name: 18, line: 40 } as const;

/**
 * One row per variant: its name, then a dot at the expected saving on a line from the 5th to
 * the 95th percentile over families. The axis always reaches zero (the break-even line).
 */
export function variantsGeometry(
  savings: readonly Estimate[],
  width: number,
  labelRoom = 110,
): VariantsGeometry {
  // room at the left for half a tick label ("€ -40.000"), at the top for the break-even label
  const left = 56;
  const right = Math.max(left + 40, width - 16 - labelRoom);
  const top = 40;
  const bottom = top + savings.length * VARIANT_ROW.height;
  const values = savings.flatMap((e) => [e.low, e.high, e.mean]);
  let lo = Math.min(0, ...values);
  let hi = Math.max(0, ...values);
  if (hi - lo === 0) {
    lo = -1;
    hi = 1;
  }
  const x = scaleLinear().domain([lo, hi]).nice(4).range([left, right]);
  const marks = savings.map((e, k): VariantMark => {
    const y0 = top + k * VARIANT_ROW.height;
    const highX = px(x(e.high));
    return {
      nameY: y0 + VARIANT_ROW.name,
      lineY: y0 + VARIANT_ROW.line,
      lowX: px(x(e.low)),
      highX,
      meanX: px(x(e.mean)),
      labelX: highX + 10,
    };
  });
  return {
    width,
    height: bottom + 100,
    left,
    right,
    top,
    bottom,
    zeroX: px(x(0)),
    zeroLabelY: top - 14,
    ticks: linearTicks(x, Math.max(2, Math.floor((right - left) / 110))),
    marks,
    legendY: bottom + 84,
  };
}
