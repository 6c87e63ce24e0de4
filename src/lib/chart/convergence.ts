import { area, line, scaleLinear } from 'd3';
import type { RunData } from '../sim/run-accumulator';
import { MEASURES, N_MEASURES, N_PATHS, type Measure } from '../sim/run-layout';
import { linearTicks, type Tick } from './axis-ticks';
import { plotArea, px, type ChartBox, type PlotArea } from './chart-box';
import { column, type DataTable } from './data-table';

/** The mean difference after the first n iterations, with its Monte Carlo standard error. */
export interface ConvergencePoint {
  n: number;
  mean: number;
  mcse: number;
}

/** 95 % of normal draws fall within this many standard errors of the mean. */
export const Z95 = 1.959963984540054;

/**
 * The running mean of the difference (reference minus pilot) over the iterations in run order,
 * kept at about `maxPoints` evenly spaced counts (always including the last). One pass: the sum
 * is added in iteration order, so the last point's mean is the run's mean; the variance uses
 * Welford's update (stable for millions of values).
 */
export function runningMean(data: RunData, measure: Measure, maxPoints = 500): ConvergencePoint[] {
  const m = MEASURES.indexOf(measure);
  const N = data.iterations;
  const stride = N_PATHS * N_MEASURES;
  const every = Math.max(1, Math.ceil(N / maxPoints));
  const out: ConvergencePoint[] = [];
  let sum = 0;
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < N; i++) {
    const x = data.totals[i * stride + N_MEASURES + m]! - data.totals[i * stride + m]!;
    sum += x;
    const n = i + 1;
    const d = x - mean;
    mean += d / n;
    m2 += d * (x - mean);
    if (n >= 2 && (n % every === 0 || n === N)) {
      out.push({ n, mean: sum / n, mcse: Math.sqrt(Math.max(0, m2 / (n - 1)) / n) });
    }
  }
  return out;
}

export interface ConvergenceGeometry {
  plot: PlotArea;
  xTicks: Tick[];
  yTicks: Tick[];
  band: string;
  line: string;
  /** The final mean as a horizontal reference line. */
  finalY: number;
}

/**
 * The y range follows the last 90 % of the iterations (the first few are wild and would flatten
 * the rest); earlier points are clamped to the plot's edge.
 */
export function convergenceGeometry(points: readonly ConvergencePoint[], box: ChartBox): ConvergenceGeometry {
  const plot = plotArea(box);
  const last = points[points.length - 1]!;
  const x = scaleLinear().domain([0, last.n]).range([plot.left, plot.right]);
  const settled = points.filter((p) => p.n >= last.n / 10);
  const lo = Math.min(...settled.map((p) => p.mean - Z95 * p.mcse));
  const hi = Math.max(...settled.map((p) => p.mean + Z95 * p.mcse));
  const pad = Math.max((hi - lo) * 0.15, Math.abs(last.mean) * 0.01, 1);
  const y = scaleLinear()
    .domain([lo - pad, hi + pad])
    .nice(5)
    .range([plot.bottom, plot.top])
    .clamp(true);
  return {
    plot,
    xTicks: linearTicks(x, Math.max(2, Math.floor(plot.width / 120))),
    yTicks: linearTicks(y, 5),
    band:
      area<ConvergencePoint>()
        .x((p) => x(p.n))
        .y0((p) => y(p.mean - Z95 * p.mcse))
        .y1((p) => y(p.mean + Z95 * p.mcse))
        .digits(1)(points) ?? '',
    line:
      line<ConvergencePoint>()
        .x((p) => x(p.n))
        .y((p) => y(p.mean))
        .digits(1)(points) ?? '',
    finalY: px(y(last.mean)),
  };
}

/** Every kept point (about 500 rows): iterations, running mean, its MCSE and the 95 % band. */
export function convergenceTables(points: readonly ConvergencePoint[]): DataTable[] {
  return [
    {
      id: 'runningMean',
      columns: [
        column('iterations', 'integer'),
        column('meanDifference', 'euro'),
        column('mcse', 'euro'),
        column('low95', 'euro'),
        column('high95', 'euro'),
      ],
      rows: points.map((p) => [p.n, p.mean, p.mcse, p.mean - Z95 * p.mcse, p.mean + Z95 * p.mcse]),
    },
  ];
}
