import { scaleLinear } from 'd3';
import type { LocalText } from '../model/local-text';
import type { PathId } from '../model/path';
import type { EventKind } from '../model/risk-event';
import type { Scenario } from '../model/scenario';
import type { EventSummary, RunSummary } from '../sim/summarize';
import { px } from './chart-box';
import { column, type DataTable } from './data-table';

/** One risk event (matched by id across the paths) and how often it happens on each. */
export interface EventRow {
  id: string;
  kind: EventKind;
  label: LocalText;
  pilot: EventSummary | null;
  reference: EventSummary | null;
}

function labelOf(s: Scenario, path: PathId, id: string): LocalText | undefined {
  const p = s.paths[path];
  return [...p.events, ...p.branches.flatMap((b) => b.events)].find((e) => e.id === id)?.label;
}

/** Events in the order they first appear (pilot, then reference); the same id is one row. */
export function eventRows(scenario: Scenario, summary: RunSummary): EventRow[] {
  const rows = new Map<string, EventRow>();
  for (const e of summary.events) {
    let row = rows.get(e.id);
    if (!row) {
      row = {
        id: e.id,
        kind: e.kind,
        label: labelOf(scenario, e.path, e.id) ?? e.id,
        pilot: null,
        reference: null,
      };
      rows.set(e.id, row);
    }
    row[e.path] = e;
  }
  return [...rows.values()];
}

export interface EventBar {
  path: PathId;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where its value label starts. */
  labelX: number;
}

export interface EventRowGeometry {
  id: string;
  nameY: number;
  bars: EventBar[];
}

export interface EventGeometry {
  height: number;
  /** Where the event names and the path names start (the bars start at `left`). */
  nameX: number;
  left: number;
  right: number;
  bottom: number;
  rows: EventRowGeometry[];
  ticks: Array<{ value: number; pos: number }>;
}

export const EVENT_ROW = { height: 72, name: 20, bar: 18, gap: 4 } as const;

/**
 * Horizontal bars of the share of futures in which each event happens, per path (0 to 100 %):
 * the event's name above, the path's name left of its bar (`pathColumn` px), the value right
 * of it (`labelRoom` px).
 */
export function eventGeometry(
  rows: readonly EventRow[],
  width: number,
  labelRoom = 360,
  pathColumn = 140,
): EventGeometry {
  const top = 12;
  const nameX = 16;
  const left = nameX + pathColumn;
  const right = Math.max(left + 120, width - 16 - labelRoom);
  const x = scaleLinear().domain([0, 1]).range([left, right]);
  const geo = rows.map((r, k): EventRowGeometry => {
    const y0 = top + k * EVENT_ROW.height;
    const bars: EventBar[] = [];
    let y = y0 + EVENT_ROW.name + EVENT_ROW.gap;
    for (const path of ['pilot', 'reference'] as const) {
      const e = r[path];
      if (e) {
        const w = px(x(e.incidence) - x(0));
        bars.push({ path, x: left, y, width: w, height: EVENT_ROW.bar, labelX: px(left + w + 8) });
      }
      y += EVENT_ROW.bar + EVENT_ROW.gap;
    }
    return { id: r.id, nameY: y0 + EVENT_ROW.name - 4, bars };
  });
  const bottom = top + rows.length * EVENT_ROW.height;
  return {
    height: bottom + 56,
    nameX,
    left,
    right,
    bottom,
    rows: geo,
    ticks: [0, 0.25, 0.5, 0.75, 1].map((v) => ({ value: v, pos: px(x(v)) })),
  };
}

/** The event whose share of futures differs most between the paths (for the reading). */
export function largestEventGap(rows: readonly EventRow[]): EventRow | null {
  let best: EventRow | null = null;
  let gap = -1;
  for (const r of rows) {
    const g = Math.abs((r.reference?.incidence ?? 0) - (r.pilot?.incidence ?? 0));
    if (g > gap) {
      gap = g;
      best = r;
    }
  }
  return best;
}

/** `name` gives an event's label in the active language. */
export function eventTables(rows: readonly EventRow[], name: (row: EventRow) => string): DataTable[] {
  return [
    {
      id: 'events',
      columns: [
        column('event', 'text'),
        column('eventName', 'text'),
        column('kind', 'kind'),
        column('path', 'path'),
        column('share', 'share'),
        column('monthsIfHappened', 'months'),
        column('monthsPerFamily', 'months'),
        column('onsetIfHappened', 'months'),
      ],
      rows: rows.flatMap((r) =>
        (['pilot', 'reference'] as const)
          .filter((p) => r[p])
          .map((p) => {
            const e = r[p]!;
            return [
              r.id,
              name(r),
              r.kind,
              p,
              e.incidence,
              e.meanMonthsIfHappened,
              e.meanMonths,
              e.meanOnsetIfHappened,
            ];
          }),
      ),
    },
  ];
}
