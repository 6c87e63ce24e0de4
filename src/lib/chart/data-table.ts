/**
 * How a cell reads:
 * - text: as is; path: a path id ('pilot' | 'reference'); kind: an event kind (both by name);
 * - flag: 1 or 0, shown as yes / no;
 * - euro: an estimate (shown to 3 significant digits); edge: a round bin edge (whole euros);
 * - share: 0..1, shown as a percentage; integer: a count;
 * - month: a month number, counted from 1; months: a duration in months.
 */
export type CellFormat =
  'text' | 'path' | 'kind' | 'flag' | 'euro' | 'edge' | 'share' | 'integer' | 'month' | 'months';

export interface DataColumn {
  key: string;
  format: CellFormat;
}

export type Cell = string | number | null;

/**
 * What a chart shows, as numbers: the "show as table" view and the CSV export come from the same
 * rows, so they can never disagree. Column keys are stable (CSV headers); their labels are looked
 * up in the active language.
 */
export interface DataTable {
  /** Stable id (the first CSV column, so several tables fit in one file). */
  id: string;
  columns: DataColumn[];
  rows: Cell[][];
}

export const column = (key: string, format: CellFormat): DataColumn => ({ key, format });
