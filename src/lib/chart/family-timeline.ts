import { scaleLinear } from 'd3';
import type { LocalText } from '../model/local-text';
import type { PathId } from '../model/path';
import type { EventKind } from '../model/risk-event';
import type { IterationTrace, TracedStep } from '../sim/trace-iteration';
import { monthTicks, type Tick } from './axis-ticks';
import { px } from './chart-box';
import { column, type DataTable } from './data-table';

/** One line of a family's timeline: a path's heading, a step that ran, or an event that struck. */
export type TimelineRow =
  | { kind: 'path'; path: PathId; y: number; total: number; branch: LocalText | null }
  | {
      kind: 'step';
      path: PathId;
      y: number;
      id: string;
      label: LocalText;
      cost: number;
      /** The monthly part as a bar (null for a one-off only). */
      bar: { x: number; width: number } | null;
      /** The one-off cost's mark (null when there is none). */
      oneOffX: number | null;
      start: number;
      end: number;
    }
  | {
      kind: 'event';
      path: PathId;
      y: number;
      id: string;
      eventKind: EventKind;
      label: LocalText;
      onsetX: number;
      stateWidth: number;
      onset: number;
      stateEnd: number;
    };

export interface TimelineGeometry {
  height: number;
  /** Where the label column ends and the time axis begins. */
  axisLeft: number;
  axisRight: number;
  rows: TimelineRow[];
  ticks: Tick[];
  /** Where the time axis is drawn (below the last row). */
  axisY: number;
}

export const TIMELINE_ROW = 30;

const byStart = (a: TracedStep, b: TracedStep) => a.start - b.start || a.end - b.end;

/**
 * Both paths one under the other: a heading row per path, then its steps in order of start and
 * its events. Months on x (month t runs from t to t + 1); labels in a column on the left.
 */
export function timelineGeometry(trace: IterationTrace, width: number, labelColumn = 0.5): TimelineGeometry {
  const axisLeft = Math.round(width * labelColumn);
  const axisRight = width - 24;
  const x = scaleLinear().domain([0, trace.horizon]).range([axisLeft, axisRight]);
  const rows: TimelineRow[] = [];
  let y = 8;
  for (const path of ['pilot', 'reference'] as const) {
    const t = trace[path];
    y += TIMELINE_ROW;
    rows.push({ kind: 'path', path, y, total: t.totals.horizon, branch: t.branchLabel });
    for (const s of [...t.steps].sort(byStart)) {
      y += TIMELINE_ROW;
      const hasMonths = s.end > s.start && s.monthlyCost > 0;
      rows.push({
        kind: 'step',
        path,
        y,
        id: s.id,
        label: s.label,
        cost: s.cost,
        bar: hasMonths ? { x: px(x(s.start)), width: px(x(s.end) - x(s.start)) } : null,
        oneOffX: s.oneOffCost > 0 || !hasMonths ? px(x(s.start)) : null,
        start: s.start,
        end: s.end,
      });
    }
    for (const e of t.events) {
      y += TIMELINE_ROW;
      rows.push({
        kind: 'event',
        path,
        y,
        id: e.id,
        eventKind: e.kind,
        label: e.label,
        onsetX: px(x(e.onset)),
        stateWidth: px(x(e.stateEnd) - x(e.onset)),
        onset: e.onset,
        stateEnd: e.stateEnd,
      });
    }
    y += 10;
  }
  const axisY = y + 16;
  return {
    height: axisY + 52,
    axisLeft,
    axisRight,
    rows,
    ticks: monthTicks(trace.horizon).map((m) => ({ value: m, pos: px(x(m)) })),
    axisY,
  };
}

/** What happened to this family, row by row (months counted from 1, as on screen). */
export function timelineTables(trace: IterationTrace, name: (text: LocalText) => string): DataTable[] {
  const rows: DataTable['rows'] = [];
  for (const path of ['pilot', 'reference'] as const) {
    for (const s of [...trace[path].steps].sort(byStart)) {
      rows.push([
        path,
        s.id,
        name(s.label),
        null,
        s.start + 1,
        Math.max(s.start + 1, s.end),
        s.monthlyCost,
        s.oneOffCost,
        s.cost,
      ]);
    }
    for (const e of trace[path].events) {
      rows.push([path, e.id, name(e.label), e.kind, e.onset + 1, e.stateEnd, null, null, null]);
    }
  }
  return [
    {
      id: 'family',
      columns: [
        column('path', 'path'),
        column('id', 'text'),
        column('name', 'text'),
        column('kind', 'kind'),
        column('fromMonth', 'month'),
        column('toMonth', 'month'),
        column('monthlyCost', 'euro'),
        column('oneOffCost', 'euro'),
        column('cost', 'euro'),
      ],
      rows,
    },
  ];
}
