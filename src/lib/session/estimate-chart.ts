import { truncateLabel } from '../timeline/label-fit';

/**
 * The geometry of the answers chart: one row per participant (a dot for one number, a line from
 * low to high with a dot at most likely) and a last row for the group (its 90 % interval and its
 * mean), on a scale of 0 to 100 families. Numbers are in SVG user units rounded to 2 decimals.
 * The room view uses a larger layout (ROOM_CHART) with each answer written out at the right.
 */
export interface ChartAnswer {
  key: string;
  label: string;
  /** One number (low = likely = high) or low / most likely / high, out of 100. */
  low: number;
  likely: number;
  high: number;
  /** The answer as words ("10 to 60, most likely 30"), drawn in the value column if there is one. */
  value?: string;
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
  /** The answer written out (empty without a value column). */
  value: string;
}

export interface EstimateChartGeometry {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  axisY: number;
  /** Where the value column's text ends (text-anchor end); 0 without a value column. */
  valueX: number;
  /** Baseline offsets below a row's centre, and of the tick numbers and axis name below the axis. */
  textDy: number;
  tickDy: number;
  axisNameDy: number;
  rows: ChartRow[];
  ticks: Array<{ value: number; x: number }>;
}

/** The sizes of a chart layout, in SVG user units (px when the chart is drawn at scale 1). */
export interface ChartLayout {
  rowHeight: number;
  labelChars: number;
  labelWidth: number;
  /** Width of the column at the right with each answer written out (0: none). */
  valueWidth: number;
  top: number;
  /** Tick numbers, then the axis name under them. */
  axisHeight: number;
  rightPad: number;
  /** The font size the layout is made for (the component sets it on the SVG). */
  fontSize: number;
}

/** The card's chart (14 px text). */
export const CHART: ChartLayout = {
  rowHeight: 28,
  labelChars: 16,
  labelWidth: 140,
  valueWidth: 0,
  top: 8,
  axisHeight: 42,
  rightPad: 16,
  fontSize: 14,
};

/** The room view's chart: 28 px text on rows of 44, names and answers written out. */
export const ROOM_CHART: ChartLayout = {
  rowHeight: 44,
  labelChars: 14,
  labelWidth: 250,
  valueWidth: 330,
  top: 8,
  axisHeight: 74,
  rightPad: 24,
  fontSize: 28,
};

const r2 = (v: number) => Math.round(v * 100) / 100;
const clamp = (v: number) => Math.min(100, Math.max(0, v));

export function estimateChart(
  answers: readonly ChartAnswer[],
  group: { label: string; mean: number; low: number; high: number; value?: string } | null,
  width: number,
  layout: ChartLayout = CHART,
): EstimateChartGeometry {
  const L = layout;
  const plotLeft = L.labelWidth;
  const valueGap = L.valueWidth > 0 ? L.valueWidth + L.rightPad : 0;
  const plotRight = Math.max(plotLeft + 100, width - L.rightPad - valueGap);
  const xOf = (v: number) => r2(plotLeft + (clamp(v) / 100) * (plotRight - plotLeft));
  const rows: ChartRow[] = answers.map((a, i) => ({
    key: a.key,
    text: truncateLabel(a.label, L.labelChars),
    title: a.label,
    y: r2(L.top + (i + 0.5) * L.rowHeight),
    x: xOf(a.likely),
    x1: xOf(a.low),
    x2: xOf(a.high),
    group: false,
    value: L.valueWidth > 0 ? (a.value ?? '') : '',
  }));
  if (group) {
    rows.push({
      key: 'group',
      text: truncateLabel(group.label, L.labelChars),
      title: group.label,
      y: r2(L.top + (answers.length + 0.5) * L.rowHeight),
      x: xOf(group.mean),
      x1: xOf(group.low),
      x2: xOf(group.high),
      group: true,
      value: L.valueWidth > 0 ? (group.value ?? '') : '',
    });
  }
  const axisY = L.top + rows.length * L.rowHeight + 4;
  const fs = L.fontSize;
  return {
    width: r2(plotRight + L.rightPad + valueGap),
    height: axisY + L.axisHeight,
    plotLeft,
    plotRight,
    axisY,
    valueX: L.valueWidth > 0 ? r2(plotRight + valueGap) : 0,
    // A baseline about a third of the font size below the centre sets the text on the middle.
    textDy: r2(fs * 0.36),
    tickDy: r2(fs * 1.15),
    axisNameDy: r2(fs * 1.15 + fs * 1.2),
    rows,
    ticks: [0, 25, 50, 75, 100].map((value) => ({ value, x: xOf(value) })),
  };
}
