import type { AnalysisInput, Outcome, TornadoBar, TornadoResult } from '../analysis/analysis-types';

/** One bar of the tornado for one outcome: the expected saving with the input low and high. */
export interface TornadoRow {
  input: AnalysisInput;
  /** The input's 10th and 90th percentile (the values it was set to). */
  lowValue: number;
  highValue: number;
  /** Expected saving per family (reference minus pilot, discounted) with the input low / high. */
  low: number;
  high: number;
  swing: number;
}

/**
 * The bars for the short-term cut-off or the horizon, largest swing first. The result comes
 * sorted by the horizon swing; for the short term it is sorted again (ties keep their order).
 */
export function tornadoRows(result: TornadoResult, outcome: Outcome): TornadoRow[] {
  const rows = result.bars.map((b: TornadoBar): TornadoRow => ({
    input: b.input,
    lowValue: b.low.value,
    highValue: b.high.value,
    low: b.low[outcome],
    high: b.high[outcome],
    swing: b.swing[outcome],
  }));
  return rows
    .map((row, k) => ({ row, k }))
    .sort((a, b) => b.row.swing - a.row.swing || a.k - b.k)
    .map((x) => x.row);
}

/** The row that decides most, or null when nothing moves the answer. */
export function topRow(rows: readonly TornadoRow[]): TornadoRow | null {
  const top = rows[0];
  return top && top.swing > 0 ? top : null;
}
