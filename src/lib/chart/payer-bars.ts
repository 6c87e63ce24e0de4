import { scaleLinear } from 'd3';
import type { Measure } from '../sim/run-layout';
import type { RunSummary } from '../sim/summarize';
import { linearTicks, type Tick } from './axis-ticks';
import { px } from './chart-box';
import { column, type DataTable } from './data-table';

/** One payer's mean cost per family on each path, and the difference (reference minus pilot). */
export interface PayerRow {
  id: string;
  pilot: number;
  reference: number;
  difference: number;
}

/** The payers that pay anything on either path (all of them if none does), in scenario order. */
export function payerRows(summary: RunSummary, measure: Measure): PayerRow[] {
  const rows = summary.payers.map((p) => ({
    id: p.id,
    pilot: p.pilot[measure],
    reference: p.reference[measure],
    difference: p.difference[measure],
  }));
  const paying = rows.filter((r) => r.pilot !== 0 || r.reference !== 0);
  return paying.length ? paying : rows;
}

/**
 * Who saves most and who pays most extra with the pilot (for the reading sentence); a payer
 * whose difference is below one euro either way neither saves nor pays more.
 */
export function payerReading(rows: readonly PayerRow[]): { saver: PayerRow | null; payer: PayerRow | null } {
  let saver: PayerRow | null = null;
  let payer: PayerRow | null = null;
  for (const r of rows) {
    if (r.difference >= 1 && (!saver || r.difference > saver.difference)) saver = r;
    if (r.difference <= -1 && (!payer || r.difference < payer.difference)) payer = r;
  }
  return { saver, payer };
}

export interface PayerRowGeometry {
  id: string;
  /** Baseline of the payer's name. */
  nameY: number;
  pilotBar: { x: number; y: number; width: number; height: number };
  referenceBar: { x: number; y: number; width: number; height: number };
  /** The difference bar: to the right of zero where this payer saves with the pilot. */
  differenceBar: { x: number; y: number; width: number; height: number };
  saves: boolean;
  /** Ends of the bars, for their value labels. */
  pilotEnd: number;
  referenceEnd: number;
  differenceEnd: number;
}

export interface PayerGeometry {
  height: number;
  costPanel: { left: number; right: number };
  differencePanel: { left: number; right: number; zeroX: number };
  top: number;
  bottom: number;
  rows: PayerRowGeometry[];
  costTicks: Tick[];
  differenceTicks: Tick[];
}

export const PAYER_ROW = { height: 70, name: 18, bar: 18, gap: 4 } as const;

/**
 * Two panels side by side: left the mean cost per path (two bars per payer), right the
 * difference as a diverging bar around zero. Each row has the payer's name above its bars.
 * Room is kept at the bar ends for value labels (`labelRoom` px).
 */
export function payerGeometry(rows: readonly PayerRow[], width: number, labelRoom = 92): PayerGeometry {
  const top = 56;
  const axis = 84;
  const height = top + rows.length * PAYER_ROW.height + axis;
  const left = 16;
  const right = width - 16;
  const split = left + Math.round((right - left) * 0.52);
  const costPanel = { left, right: split - labelRoom };
  const dLeft = split + 24 + labelRoom;
  const dRight = right - labelRoom;
  const maxCost = Math.max(1, ...rows.map((r) => Math.max(r.pilot, r.reference)));
  const maxDiff = Math.max(1, ...rows.map((r) => Math.abs(r.difference)));
  const cx = scaleLinear().domain([0, maxCost]).nice(4).range([costPanel.left, costPanel.right]);
  const dx = scaleLinear().domain([-maxDiff, maxDiff]).nice(4).range([dLeft, dRight]);
  const zeroX = px(dx(0));
  const geo = rows.map((r, k): PayerRowGeometry => {
    const y0 = top + k * PAYER_ROW.height;
    const nameY = y0 + PAYER_ROW.name - 2;
    const pilotY = y0 + PAYER_ROW.name + PAYER_ROW.gap;
    const refY = pilotY + PAYER_ROW.bar + PAYER_ROW.gap;
    const pw = px(cx(r.pilot) - cx(0));
    const rw = px(cx(r.reference) - cx(0));
    const de = px(dx(r.difference));
    return {
      id: r.id,
      nameY,
      pilotBar: { x: px(cx(0)), y: pilotY, width: pw, height: PAYER_ROW.bar },
      referenceBar: { x: px(cx(0)), y: refY, width: rw, height: PAYER_ROW.bar },
      differenceBar: {
        x: Math.min(zeroX, de),
        y: pilotY,
        width: px(Math.abs(de - zeroX)),
        height: PAYER_ROW.bar * 2 + PAYER_ROW.gap,
      },
      saves: r.difference > 0,
      pilotEnd: px(cx(0) + pw),
      referenceEnd: px(cx(0) + rw),
      differenceEnd: de,
    };
  });
  return {
    height,
    costPanel,
    differencePanel: { left: dLeft, right: dRight, zeroX },
    top,
    bottom: top + rows.length * PAYER_ROW.height,
    rows: geo,
    costTicks: linearTicks(cx, Math.max(2, Math.floor((costPanel.right - costPanel.left) / 100))),
    differenceTicks: linearTicks(dx, Math.max(2, Math.floor((dRight - dLeft) / 100))),
  };
}

/** `name` gives a payer's name in the active language (a column of its own beside the id). */
export function payerTables(rows: readonly PayerRow[], name: (id: string) => string): DataTable[] {
  return [
    {
      id: 'payers',
      columns: [
        column('payer', 'text'),
        column('payerName', 'text'),
        column('pilotMean', 'euro'),
        column('referenceMean', 'euro'),
        column('difference', 'euro'),
      ],
      rows: rows.map((r) => [r.id, name(r.id), r.pilot, r.reference, r.difference]),
    },
  ];
}
