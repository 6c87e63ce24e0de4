import { scaleBand, scaleLinear } from 'd3';
import type { Estimate } from '../analysis/analysis-types';
import { linearTicks, type Tick } from '../chart/axis-ticks';
import { px } from '../chart/chart-box';
import type { BudgetYear } from './budget-rows';

/** A bar from the zero line to the mean, with a whisker over the 90 % interval (null without one). */
export interface BudgetBar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The bar's end away from zero (where its value label goes). */
  end: number;
  whisker: { x: number; y1: number; y2: number } | null;
}

export interface BudgetYearGeometry {
  year: number;
  /** Centre of the year's band (its tick label). */
  centre: number;
  pilot: BudgetBar;
  reference: BudgetBar;
  difference: BudgetBar & { saves: boolean };
}

export interface BudgetPanel {
  top: number;
  bottom: number;
  zeroY: number;
  ticks: Tick[];
}

export interface BudgetGeometry {
  width: number;
  height: number;
  left: number;
  right: number;
  cost: BudgetPanel;
  difference: BudgetPanel;
  years: BudgetYearGeometry[];
  /** Whether a band is wide enough for value labels over the difference bars. */
  labelled: boolean;
  /** Baseline of the legend's first row under the plot (a second row 22 px lower). */
  legendY: number;
}

/** Vertical layout in px: panel heights and the room above, between and below them. */
export const BUDGET_LAYOUT = {
  margin: { left: 112, right: 24 },
  top: 58,
  costHeight: 240,
  gap: 96,
  differenceHeight: 190,
  bottom: 116,
  /** A band at least this wide gets value labels on its difference bar. */
  labelBand: 76,
} as const;

function bar(y: (v: number) => number, x: number, width: number, e: Estimate, intervals: boolean): BudgetBar {
  const zero = y(0);
  const at = y(e.mean);
  const whisker =
    intervals && e.low !== e.high ? { x: px(x + width / 2), y1: px(y(e.high)), y2: px(y(e.low)) } : null;
  return {
    x: px(x),
    y: px(Math.min(zero, at)),
    width: px(width),
    height: px(Math.abs(zero - at)),
    end: px(at),
    whisker,
  };
}

/**
 * Two panels above each other, sharing the calendar years across: above, the cost of the pilot
 * path and of the reference path per year (two bars); below, the difference (reference minus
 * pilot) as a bar up where the pilot saves and down where it costs more. Whiskers show the 90 %
 * intervals when `intervals` is set and an estimate has one.
 */
export function budgetGeometry(
  years: readonly BudgetYear[],
  width: number,
  intervals = true,
): BudgetGeometry {
  const L = BUDGET_LAYOUT;
  const left = L.margin.left;
  const right = Math.max(left + 40, width - L.margin.right);
  const costTop = L.top;
  const costBottom = costTop + L.costHeight;
  const diffTop = costBottom + L.gap;
  const diffBottom = diffTop + L.differenceHeight;
  const height = diffBottom + L.bottom;

  const top = (e: Estimate) => Math.max(e.mean, intervals ? e.high : e.mean);
  const low = (e: Estimate) => Math.min(e.mean, intervals ? e.low : e.mean);
  const maxCost = Math.max(1, ...years.map((y) => Math.max(top(y.pilot), top(y.reference))));
  // A negative cost a hair below 0 (a refund, rounding) should not add a whole tick below zero.
  const lowest = Math.min(0, ...years.map((y) => Math.min(low(y.pilot), low(y.reference))));
  const minCost = lowest > -0.005 * maxCost ? 0 : lowest;
  const maxDiff = Math.max(0, ...years.map((y) => top(y.difference)));
  const minDiff = Math.min(0, ...years.map((y) => low(y.difference)));
  // All differences 0 (or no years): a symmetric axis around zero.
  const [d0, d1] = minDiff === 0 && maxDiff === 0 ? [-1, 1] : [minDiff, maxDiff];

  const band = scaleBand<number>()
    .domain(years.map((y) => y.year))
    .range([left, right])
    .paddingInner(0.25)
    .paddingOuter(0.15);
  const cy = scaleLinear().domain([minCost, maxCost]).nice(5).range([costBottom, costTop]);
  const dy = scaleLinear().domain([d0, d1]).nice(4).range([diffBottom, diffTop]);
  const bw = band.bandwidth();
  const half = bw / 2;

  return {
    width,
    height,
    left,
    right,
    cost: { top: costTop, bottom: costBottom, zeroY: px(cy(0)), ticks: linearTicks(cy, 5) },
    difference: { top: diffTop, bottom: diffBottom, zeroY: px(dy(0)), ticks: linearTicks(dy, 4) },
    years: years.map((y) => {
      const x0 = band(y.year) ?? left;
      return {
        year: y.year,
        centre: px(x0 + half),
        pilot: bar(cy, x0, half - 1, y.pilot, intervals),
        reference: bar(cy, x0 + half + 1, half - 1, y.reference, intervals),
        difference: {
          ...bar(dy, x0 + bw * 0.15, bw * 0.7, y.difference, intervals),
          saves: y.difference.mean > 0,
        },
      };
    }),
    labelled: bw >= L.labelBand,
    legendY: diffBottom + 72,
  };
}
