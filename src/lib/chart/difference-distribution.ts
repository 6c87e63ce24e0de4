import { scaleLinear } from 'd3';
import type { RunData } from '../sim/run-accumulator';
import { MEASURES, N_MEASURES, N_PATHS, type Measure } from '../sim/run-layout';
import type { RunSummary } from '../sim/summarize';
import { linearTicks, type Tick } from './axis-ticks';
import { plotArea, px, type ChartBox, type PlotArea } from './chart-box';
import { column, type Cell, type DataTable } from './data-table';
import { binIndex, niceEdges } from './histogram-bins';
import type { Marks } from './cost-distribution';

export interface DifferenceBin {
  x0: number;
  x1: number;
  count: number;
  /**
   * The bin lies where the pilot is cheaper: its lower edge is at or above zero. Futures with a
   * difference of exactly zero (ties) are never in a bin, so the bin [0, w) holds only
   * differences above zero and the shaded bins hold exactly the share `pPilotCheaper`.
   */
  pilotCheaper: boolean;
}

/** Reference minus pilot per simulated future: above zero the pilot saves money. */
export interface DifferenceDistribution {
  measure: Measure;
  iterations: number;
  bins: DifferenceBin[];
  marks: Marks;
  /** Share of futures in which the pilot costs less (exact, from the run's summary). */
  pPilotCheaper: number;
  /** Futures in which both paths cost exactly the same (a difference of 0): their own bar. */
  equal: number;
}

export function differenceDistribution(
  data: RunData,
  summary: RunSummary,
  measure: Measure,
  target = 40,
): DifferenceDistribution {
  const m = MEASURES.indexOf(measure);
  const s = summary.measures[measure];
  const edges = niceEdges(s.difference.min, s.difference.max, target);
  const counts = new Array<number>(edges.length - 1).fill(0);
  const stride = N_PATHS * N_MEASURES;
  let equal = 0;
  for (let i = 0; i < data.iterations; i++) {
    const d = data.totals[i * stride + N_MEASURES + m]! - data.totals[i * stride + m]!;
    if (d === 0) {
      // Neither cheaper nor dearer (summarize counts only d > 0 as "pilot cheaper").
      equal++;
      continue;
    }
    const k = binIndex(edges, d);
    if (k >= 0) counts[k]++;
  }
  return {
    measure,
    iterations: data.iterations,
    // Zero is an edge whenever the range spans it, so a bin is wholly on one side; ties are not
    // in any bin, so a bin starting at zero holds only futures where the pilot is cheaper.
    bins: counts.map((count, k) => ({
      x0: edges[k]!,
      x1: edges[k + 1]!,
      count,
      pilotCheaper: edges[k]! >= 0 && edges[k + 1]! > 0,
    })),
    marks: { mean: s.difference.mean, p5: s.difference.p5, p95: s.difference.p95 },
    pPilotCheaper: s.pPilotCheaper,
    equal,
  };
}

export interface BarMark {
  x: number;
  y: number;
  width: number;
  height: number;
  pilotCheaper: boolean;
}

export interface DifferenceGeometry {
  plot: PlotArea;
  xTicks: Tick[];
  yTicks: Tick[];
  bars: BarMark[];
  /** The futures of equal cost as a narrow bar on zero (null when there are none). */
  equalBar: { x: number; y: number; width: number; height: number } | null;
  /** The zero line (null when zero is outside the range). */
  zeroX: number | null;
  meanX: number;
  /** The 90 % interval bracket above the plot. */
  interval: { x5: number; x95: number; y: number };
  /** Direct labels of the two sides of zero ("pilot cheaper" right, "not cheaper" left). */
  sideLabels: { cheaper: SideLabel; notCheaper: SideLabel } | null;
}

export interface SideLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

/**
 * Labels beside the zero line, each on its own side; a side too narrow for its label (`room`
 * px) gets it inside the other side, one line lower, aligned to the plot's edge.
 */
export function sideLabels(
  zeroX: number,
  plot: PlotArea,
  room = 220,
): { cheaper: SideLabel; notCheaper: SideLabel } {
  const y = px(plot.top + 18);
  const y2 = px(plot.top + 42);
  return {
    cheaper:
      plot.right - zeroX >= room
        ? { x: px(zeroX + 8), y, anchor: 'start' }
        : { x: px(plot.right - 4), y: y2, anchor: 'end' },
    notCheaper:
      zeroX - plot.left >= room
        ? { x: px(zeroX - 8), y, anchor: 'end' }
        : { x: px(plot.left + 4), y: y2, anchor: 'start' },
  };
}

export function differenceGeometry(d: DifferenceDistribution, box: ChartBox): DifferenceGeometry {
  const plot = plotArea(box);
  const lo = Math.min(d.bins[0]!.x0, d.marks.p5, 0);
  const hi = Math.max(d.bins[d.bins.length - 1]!.x1, d.marks.p95, 0);
  const x = scaleLinear().domain([lo, hi]).range([plot.left, plot.right]);
  const maxShare = Math.max(d.equal, ...d.bins.map((b) => b.count)) / d.iterations;
  const y = scaleLinear()
    .domain([0, maxShare > 0 ? maxShare : 1])
    .nice(5)
    .range([plot.bottom, plot.top]);
  const bars = d.bins.map((b): BarMark => {
    const x0 = px(x(b.x0));
    const top = px(y(b.count / d.iterations));
    // A hairline gap between bars keeps them apart without hiding thin ones.
    return {
      x: x0,
      y: top,
      width: Math.max(0.5, px(x(b.x1) - x(b.x0) - 1)),
      height: px(plot.bottom - top),
      pilotCheaper: b.pilotCheaper,
    };
  });
  const zeroX = lo <= 0 && hi >= 0 ? px(x(0)) : null;
  const tieTop = px(y(d.equal / d.iterations));
  const EQUAL_WIDTH = 6;
  return {
    plot,
    xTicks: linearTicks(x, Math.max(2, Math.floor(plot.width / 110))),
    yTicks: linearTicks(y, 5),
    bars,
    equalBar:
      d.equal > 0
        ? { x: px(x(0) - EQUAL_WIDTH / 2), y: tieTop, width: EQUAL_WIDTH, height: px(plot.bottom - tieTop) }
        : null,
    zeroX,
    sideLabels: zeroX === null ? null : sideLabels(zeroX, plot),
    meanX: px(x(d.marks.mean)),
    interval: { x5: px(x(d.marks.p5)), x95: px(x(d.marks.p95)), y: px(plot.top - 14) },
  };
}

export function differenceTables(d: DifferenceDistribution): DataTable[] {
  return [
    {
      id: 'summary',
      columns: [
        column('mean', 'euro'),
        column('p5', 'euro'),
        column('p95', 'euro'),
        column('pilotCheaperShare', 'share'),
        column('equalShare', 'share'),
      ],
      rows: [[d.marks.mean, d.marks.p5, d.marks.p95, d.pPilotCheaper, d.equal / d.iterations]],
    },
    {
      id: 'bins',
      columns: [
        column('binStart', 'edge'),
        column('binEnd', 'edge'),
        column('share', 'share'),
        column('count', 'integer'),
        column('pilotCheaper', 'flag'),
      ],
      // The futures of equal cost as their own row (from 0 to 0), where the chart has their bar.
      rows: binRows(d),
    },
  ];
}

function binRows(d: DifferenceDistribution): Cell[][] {
  const rows = d.bins.map((b) => [b.x0, b.x1, b.count / d.iterations, b.count, b.pilotCheaper ? 1 : 0]);
  if (d.equal === 0) return rows;
  const at = d.bins.findIndex((b) => b.x0 >= 0);
  rows.splice(at < 0 ? rows.length : at, 0, [0, 0, d.equal / d.iterations, d.equal, 0]);
  return rows;
}
