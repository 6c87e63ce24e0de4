import type { DataTable } from '../chart/data-table';
import { CSV_BOM, csvCell } from '../io/iterations-csv';

/**
 * A chart's tables as one CSV: a header `table,<every column key>` and a row per table row, with
 * the cells of other tables' columns left empty. Numbers are written unformatted (full precision,
 * '.' as the decimal separator); text is quoted where needed (RFC 4180) and guarded against
 * spreadsheet formulas. It starts with a UTF-8 BOM so that Excel reads é/ë/€ right; the separator
 * stays a comma (see CSV_BOM).
 */
export function tablesCsv(tables: readonly DataTable[]): string {
  const keys: string[] = [];
  for (const t of tables) for (const c of t.columns) if (!keys.includes(c.key)) keys.push(c.key);
  const lines = [['table', ...keys].map(csvCell).join(',')];
  for (const t of tables) {
    const index = new Map(t.columns.map((c, k) => [c.key, k]));
    for (const row of t.rows) {
      const cells = keys.map((key) => {
        const k = index.get(key);
        const v = k === undefined ? null : row[k];
        return v === null || v === undefined ? '' : csvCell(v);
      });
      lines.push([csvCell(t.id), ...cells].join(','));
    }
  }
  return CSV_BOM + lines.join('\n') + '\n';
}
