import { area, line, scaleLinear } from 'd3';
import type { PathId } from '../model/path';
import type { PathMonthly, RunSummary } from '../sim/summarize';
import { linearTicks, monthTicks, type Tick } from './axis-ticks';
import { px, type PlotArea } from './chart-box';
import { column, type DataTable } from './data-table';
import { separate } from './label-layout';

type Bands = NonNullable<PathMonthly['bands']>;

export interface PathOverTime {
  /** Mean cumulative discounted cost at the end of each month. */
  mean: number[];
  bands: Bands;
}

/** Cumulative cost per month on both paths, and when the pilot breaks even. */
export interface CostOverTime {
  horizon: number;
  iterations: number;
  pilot: PathOverTime;
  reference: PathOverTime;
  /** Median break-even month (0-based month index), null when not within the horizon. */
  breakEvenMedian: number | null;
  /** Iterations per break-even month (index = month); and those that never break even. */
  countsByMonth: number[];
  never: number;
}

/** From the run's summary (no pass over iterations); null when the run kept no monthly bands. */
export function costOverTime(summary: RunSummary): CostOverTime | null {
  const m = summary.monthly;
  if (!m || !m.pilot.bands || !m.reference.bands) return null;
  const N = summary.reproducibility.iterations;
  const within = summary.breakEven.countsByMonth.reduce((a, c) => a + c, 0);
  return {
    horizon: summary.settings.horizonMonths,
    iterations: N,
    pilot: { mean: m.pilot.cumulativeMean, bands: m.pilot.bands },
    reference: { mean: m.reference.cumulativeMean, bands: m.reference.bands },
    breakEvenMedian: summary.breakEven.p50,
    countsByMonth: summary.breakEven.countsByMonth,
    never: N - within,
  };
}

export interface FanPath {
  path: PathId;
  band90: string;
  band50: string;
  meanLine: string;
  /** The baseline of its direct label, right-aligned at the plot's right edge. */
  labelY: number;
}

export interface BreakEvenBar {
  /** First and last month (1-based) the bar counts; null for "not within the horizon". */
  from: number | null;
  to: number | null;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OverTimeGeometry {
  fan: PlotArea;
  side: PlotArea;
  xTicks: Tick[];
  yTicks: Tick[];
  paths: FanPath[];
  breakEvenX: number | null;
  sideXTicks: Tick[];
  sideYTicks: Tick[];
  bars: BreakEvenBar[];
  /** The "not within the horizon" bar's centre (for its label). */
  neverX: number;
}

/** Months per break-even bar: one, or a few together when the horizon is long. */
export function monthsPerBar(horizon: number): number {
  return Math.max(1, Math.ceil(horizon / 60));
}

/**
 * A fan chart (left: cumulative cost, mean line with 50 % and 90 % bands; x = months from the
 * start, so the value after month t is at t + 1) and the break-even distribution beside it.
 */
export function overTimeGeometry(
  d: CostOverTime,
  box: { width: number; height: number },
  margin = { top: 60, bottom: 96, left: 100, right: 16, gap: 76 },
): OverTimeGeometry {
  const H = d.horizon;
  const fanWidth = Math.round((box.width - margin.left - margin.right - margin.gap) * 0.64);
  const top = margin.top;
  const bottom = box.height - margin.bottom;
  const fanRight = margin.left + fanWidth;
  const fan: PlotArea = {
    left: margin.left,
    right: fanRight,
    top,
    bottom,
    width: fanRight - margin.left,
    height: bottom - top,
  };
  const sideLeft = fanRight + margin.gap;
  const side: PlotArea = {
    left: sideLeft,
    right: box.width - margin.right,
    top,
    bottom,
    width: box.width - margin.right - sideLeft,
    height: bottom - top,
  };
  const x = scaleLinear().domain([0, H]).range([fan.left, fan.right]);
  const yMax = Math.max(
    ...d.pilot.bands.p95,
    ...d.reference.bands.p95,
    ...d.pilot.mean,
    ...d.reference.mean,
    1,
  );
  const y = scaleLinear().domain([0, yMax]).nice(5).range([fan.bottom, fan.top]);
  const months = Array.from({ length: H + 1 }, (_, k) => k);
  const at = (values: number[]) => (k: number) => (k === 0 ? 0 : values[k - 1]!);
  const band = (lo: number[], hi: number[]) =>
    area<number>()
      .x((k) => x(k))
      .y0((k) => y(at(lo)(k)))
      .y1((k) => y(at(hi)(k)))
      .digits(1)(months) ?? '';
  const meanLine = (mean: number[]) =>
    line<number>()
      .x((k) => x(k))
      .y((k) => y(at(mean)(k)))
      .digits(1)(months) ?? '';
  // Direct labels just above the ends of the mean lines, inside the plot, kept apart.
  const ends = separate(
    [y(d.pilot.mean[H - 1] ?? 0) - 10, y(d.reference.mean[H - 1] ?? 0) - 10],
    22,
    fan.top + 16,
    fan.bottom - 6,
  );
  const paths = (['pilot', 'reference'] as const).map((path, k): FanPath => ({
    path,
    band90: band(d[path].bands.p5, d[path].bands.p95),
    band50: band(d[path].bands.p25, d[path].bands.p75),
    meanLine: meanLine(d[path].mean),
    labelY: px(ends[k]!),
  }));

  // Break-even distribution: bars per month (or group of months), then "never" apart.
  const per = monthsPerBar(H);
  const groups = Math.ceil(H / per);
  // The "never" bar stands apart, after a gap, a little wider than a month's.
  const gapSlots = Math.max(2, Math.round(groups * 0.2));
  const neverSlots = Math.max(1, Math.round(groups * 0.08));
  const sx = scaleLinear()
    .domain([0, groups + gapSlots + neverSlots])
    .range([side.left, side.right]);
  const counts: Array<{ from: number | null; to: number | null; count: number; slot: number }> = [];
  for (let g = 0; g < groups; g++) {
    let c = 0;
    for (let m = g * per; m < Math.min(H, (g + 1) * per); m++) c += d.countsByMonth[m] ?? 0;
    counts.push({ from: g * per + 1, to: Math.min(H, (g + 1) * per), count: c, slot: g });
  }
  counts.push({ from: null, to: null, count: d.never, slot: groups + gapSlots });
  const maxShare = Math.max(...counts.map((c) => c.count)) / d.iterations;
  const sy = scaleLinear()
    .domain([0, maxShare > 0 ? maxShare : 1])
    .nice(4)
    .range([side.bottom, side.top]);
  const slotWidth = sx(1) - sx(0);
  const bars = counts.map((c): BreakEvenBar => {
    const top = px(sy(c.count / d.iterations));
    const width = c.from === null ? slotWidth * neverSlots : slotWidth;
    return {
      from: c.from,
      to: c.to,
      count: c.count,
      x: px(sx(c.slot)),
      y: top,
      width: px(Math.max(1, width - (slotWidth > 4 ? 1 : 0))),
      height: px(side.bottom - top),
    };
  });
  const monthX = scaleLinear()
    .domain([0, groups * per])
    .range([sx(0), sx(groups)]);
  return {
    fan,
    side,
    xTicks: monthTicks(H).map((m) => ({ value: m, pos: px(x(m)) })),
    yTicks: linearTicks(y, 5),
    paths,
    breakEvenX: d.breakEvenMedian === null ? null : px(x(d.breakEvenMedian + 1)),
    sideXTicks: monthTicks(H)
      .filter((m) => m > 0)
      .filter((_, k, all) => all.length <= 4 || k % 2 === 1 || k === all.length - 1)
      .map((m) => ({ value: m, pos: px(monthX(m)) })),
    sideYTicks: linearTicks(sy, 4),
    bars,
    neverX: px(sx(groups + gapSlots + neverSlots / 2)),
  };
}

export function overTimeTables(d: CostOverTime): DataTable[] {
  const pct = ['p5', 'p25', 'p50', 'p75', 'p95'] as const;
  const per = monthsPerBar(d.horizon);
  const groups: Array<[number, number, number]> = [];
  for (let m = 0; m < d.horizon; m += per) {
    const to = Math.min(d.horizon, m + per);
    groups.push([m + 1, to, d.countsByMonth.slice(m, to).reduce((a, c) => a + c, 0)]);
  }
  return [
    {
      id: 'cumulative',
      columns: [
        column('month', 'month'),
        ...(['pilot', 'reference'] as const).flatMap((p) => [
          column(`${p}Mean`, 'euro'),
          ...pct.map((q) => column(`${p}${q.toUpperCase()}`, 'euro')),
        ]),
      ],
      rows: Array.from({ length: d.horizon }, (_, t) => [
        t + 1,
        ...(['pilot', 'reference'] as const).flatMap((p) => [
          d[p].mean[t]!,
          ...pct.map((q) => d[p].bands[q][t]!),
        ]),
      ]),
    },
    {
      id: 'breakEven',
      columns: [
        column('fromMonth', 'month'),
        column('toMonth', 'month'),
        column('withinHorizon', 'flag'),
        column('count', 'integer'),
        column('share', 'share'),
      ],
      rows: [
        ...groups.map(([from, to, count]) => [from, to, 1, count, count / d.iterations]),
        [null, null, 0, d.never, d.never / d.iterations],
      ],
    },
  ];
}
