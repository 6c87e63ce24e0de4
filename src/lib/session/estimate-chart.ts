import { truncateLabel } from '../timeline/label-fit';

/**
 * The geometry of the answers chart: one row per participant (a dot for one number, a line from
 * low to high with a dot at most likely) and a last row for the group (its 90 % interval and its
 * mean), on a scale of 0 to 100 families. Numbers are in SVG user units rounded to 2 decimals.
 */
export interface ChartAnswer {
  key: string;
  label: string;
  /** One number (low = likely = high) or low / most likely / high, out of 100. */
  low: number;
  likely: number;
  high: number;
}

export interface ChartRow {
  key: string;
  /** The label as it fits the label column (the full one in `title`). */
  text: string;
  title: string;
  y: number;
  /** Dot (most likely, or the mean for the group) and the line's ends; x1 = x2 for one number. */
  x: number;
  x1: number;
  x2: number;
  group: boolean;
}

export interface EstimateChartGeometry {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  axisY: number;
  rows: ChartRow[];
  ticks: Array<{ value: number; x: number }>;
}

export const CHART = {
  rowHeight: 28,
  labelChars: 16,
  labelWidth: 140,
  top: 8,
  /** Tick numbers, then the axis name under them. */
  axisHeight: 42,
  rightPad: 16,
} as const;

const r2 = (v: number) => Math.round(v * 100) / 100;
const clamp = (v: number) => Math.min(100, Math.max(0, v));

export function estimateChart(
  answers: readonly ChartAnswer[],
  group: { label: string; mean: number; low: number; high: number } | null,
  width: number,
): EstimateChartGeometry {
  const plotLeft = CHART.labelWidth;
  const plotRight = Math.max(plotLeft + 100, width - CHART.rightPad);
  const xOf = (v: number) => r2(plotLeft + (clamp(v) / 100) * (plotRight - plotLeft));
  const rows: ChartRow[] = answers.map((a, i) => ({
    key: a.key,
    text: truncateLabel(a.label, CHART.labelChars),
    title: a.label,
    y: r2(CHART.top + (i + 0.5) * CHART.rowHeight),
    x: xOf(a.likely),
    x1: xOf(a.low),
    x2: xOf(a.high),
    group: false,
  }));
  if (group) {
    rows.push({
      key: 'group',
      text: truncateLabel(group.label, CHART.labelChars),
      title: group.label,
      y: r2(CHART.top + (answers.length + 0.5) * CHART.rowHeight),
      x: xOf(group.mean),
      x1: xOf(group.low),
      x2: xOf(group.high),
      group: true,
    });
  }
  const axisY = CHART.top + rows.length * CHART.rowHeight + 4;
  return {
    width: r2(plotRight + CHART.rightPad),
    height: axisY + CHART.axisHeight,
    plotLeft,
    plotRight,
    axisY,
    rows,
    ticks: [0, 25, 50, 75, 100].map((value) => ({ value, x: xOf(value) })),
  };
}
