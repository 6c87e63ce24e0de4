import { area, curveStepAfter, scaleLinear } from 'd3';
import type { PathId } from '../model/path';
import type { RunData } from '../sim/run-accumulator';
import { MEASURES, N_MEASURES, N_PATHS, type Measure } from '../sim/run-layout';
import type { RunSummary } from '../sim/summarize';
import { linearTicks, type Tick } from './axis-ticks';
import { plotArea, px, type ChartBox, type PlotArea } from './chart-box';
import { column, type DataTable } from './data-table';
import { countInBins, niceEdges } from './histogram-bins';

/** Mean and 90 % interval (5th to 95th percentile over simulated futures). */
export interface Marks {
  mean: number;
  p5: number;
  p95: number;
}

export interface DistributionBin {
  x0: number;
  x1: number;
  pilot: number;
  reference: number;
}

/** Both paths' cost per family in common bins (counts), with their means and 90 % intervals. */
export interface CostDistribution {
  measure: Measure;
  iterations: number;
  bins: DistributionBin[];
  marks: Record<PathId, Marks>;
}

const marksOf = (s: { mean: number; p5: number; p95: number }): Marks => ({
  mean: s.mean,
  p5: s.p5,
  p95: s.p95,
});

/** Bin every iteration's cost on both paths into the same round-numbered bins (one pass each). */
export function costDistribution(
  data: RunData,
  summary: RunSummary,
  measure: Measure,
  target = 40,
): CostDistribution {
  const m = MEASURES.indexOf(measure);
  const s = summary.measures[measure];
  const edges = niceEdges(
    Math.min(s.pilot.min, s.reference.min),
    Math.max(s.pilot.max, s.reference.max),
    target,
  );
  const N = data.iterations;
  const stride = N_PATHS * N_MEASURES;
  const pilot = countInBins(edges, data.totals, m, stride, N);
  const reference = countInBins(edges, data.totals, N_MEASURES + m, stride, N);
  return {
    measure,
    iterations: N,
    bins: pilot.map((c, k) => ({ x0: edges[k]!, x1: edges[k + 1]!, pilot: c, reference: reference[k]! })),
    marks: { pilot: marksOf(s.pilot), reference: marksOf(s.reference) },
  };
}

export interface IntervalMark {
  path: PathId;
  /** Baseline of the row's text label. */
  labelY: number;
  lineY: number;
  x5: number;
  x95: number;
  xMean: number;
}

export interface DistributionGeometry {
  plot: PlotArea;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Step outline (closed area) of each path's histogram. */
  outline: Record<PathId, string>;
  /** Vertical mean lines through the plot. */
  meanX: Record<PathId, number>;
  /** The 90 % interval of each path as a bracket above the plot, with its label row. */
  intervals: IntervalMark[];
}

/** Where every mark of the overlaid distributions goes in a box (shares of futures on y). */
export function distributionGeometry(d: CostDistribution, box: ChartBox): DistributionGeometry {
  const plot = plotArea(box);
  const first = d.bins[0]!;
  const last = d.bins[d.bins.length - 1]!;
  const lo = Math.min(first.x0, d.marks.pilot.p5, d.marks.reference.p5);
  const hi = Math.max(last.x1, d.marks.pilot.p95, d.marks.reference.p95);
  const x = scaleLinear().domain([lo, hi]).range([plot.left, plot.right]);
  const maxShare = Math.max(...d.bins.map((b) => Math.max(b.pilot, b.reference))) / d.iterations;
  const y = scaleLinear()
    .domain([0, maxShare > 0 ? maxShare : 1])
    .nice(5)
    .range([plot.bottom, plot.top]);
  const outlineOf = (path: PathId) => {
    const pts = d.bins.map((b) => [b.x0, b[path] / d.iterations] as const);
    pts.push([last.x1, last[path] / d.iterations]);
    return (
      area<readonly [number, number]>()
        .curve(curveStepAfter)
        .x((p) => x(p[0]))
        .y0(plot.bottom)
        .y1((p) => y(p[1]))
        .digits(1)(pts) ?? ''
    );
  };
  const rowHeight = (plot.top - 8) / 2;
  const intervals = (['pilot', 'reference'] as const).map((path, k): IntervalMark => {
    const m = d.marks[path];
    const lineY = px(rowHeight * (k + 1) - 4);
    return { path, labelY: px(lineY - 12), lineY, x5: px(x(m.p5)), x95: px(x(m.p95)), xMean: px(x(m.mean)) };
  });
  return {
    plot,
    xTicks: linearTicks(x, Math.max(2, Math.floor(plot.width / 110))),
    yTicks: linearTicks(y, 5),
    outline: { pilot: outlineOf('pilot'), reference: outlineOf('reference') },
    meanX: { pilot: px(x(d.marks.pilot.mean)), reference: px(x(d.marks.reference.mean)) },
    intervals,
  };
}

/** The chart's numbers: the bins (counts and shares) and each path's mean and interval. */
export function distributionTables(d: CostDistribution): DataTable[] {
  return [
    {
      id: 'summary',
      columns: [column('path', 'path'), column('mean', 'euro'), column('p5', 'euro'), column('p95', 'euro')],
      rows: (['pilot', 'reference'] as const).map((p) => [p, d.marks[p].mean, d.marks[p].p5, d.marks[p].p95]),
    },
    {
      id: 'bins',
      columns: [
        column('binStart', 'edge'),
        column('binEnd', 'edge'),
        column('pilotShare', 'share'),
        column('referenceShare', 'share'),
        column('pilotCount', 'integer'),
        column('referenceCount', 'integer'),
      ],
      rows: d.bins.map((b) => [
        b.x0,
        b.x1,
        b.pilot / d.iterations,
        b.reference / d.iterations,
        b.pilot,
        b.reference,
      ]),
    },
  ];
}
