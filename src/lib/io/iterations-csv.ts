import type { Scenario } from '../model/scenario';
import { compileScenario } from '../sim/program';
import type { RunData } from '../sim/run-accumulator';
import { MEASURES, N_MEASURES, N_PATHS } from '../sim/run-layout';

const PATHS = ['pilot', 'reference'] as const;
const MEASURE_NAMES: Record<(typeof MEASURES)[number], string> = {
  horizon: 'total_discounted',
  horizonUndiscounted: 'total_undiscounted',
  shortTerm: 'short_term_discounted',
  shortTermUndiscounted: 'short_term_undiscounted',
};

/**
 * Every CSV the app writes starts with a UTF-8 byte order mark, so that Excel (also Dutch Excel)
 * reads é, ë and € as UTF-8 rather than as the system's code page. The separator stays a comma
 * and the decimal point a '.', with numbers unformatted at full precision: the files are data
 * for R, Python and spreadsheets' import (a Dutch Excel that splits on ';' opens them in one
 * column; Data > From Text/CSV reads them right).
 */
export const CSV_BOM = '\uFEFF';
export const ITERATIONS_CSV_HEADER = 'iteration,path,variable,value\n';

/** RFC 4180 quoting, and a leading ' against formula injection in spreadsheets. */
export function csvCell(v: string | number): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface IterationsCsvOptions {
  /** About how many rows go in one block. */
  blockRows?: number;
  onProgress?: (doneIterations: number, totalIterations: number) => void;
}

/**
 * Per-iteration results in long format (after the BOM, see CSV_BOM): iteration, path, variable, value. Variables: the four
 * totals, each payer's discounted total (payer:<id>), each event's onset month (event:<id>:onset,
 * empty if it did not happen), the chosen branch, and the break-even month (path "difference").
 * Yields the text in blocks so a million iterations need not sit in one string; `onProgress`
 * hears, as each block is made, how many iterations are written.
 */
export function* iterationsCsv(
  scenario: Scenario,
  data: RunData,
  { blockRows = 20_000, onProgress }: IterationsCsvOptions = {},
): Generator<string> {
  const L = data.layout;
  const events = compileScenario(scenario).events;
  const branches = [scenario.paths.pilot.branches, scenario.paths.reference.branches];
  let buf = CSV_BOM + ITERATIONS_CSV_HEADER;
  let rows = 0;
  const row = (i: number, path: string, variable: string, value: string | number) => {
    buf += `${i},${path},${csvCell(variable)},${csvCell(value)}\n`;
    rows++;
  };
  for (let i = 0; i < data.iterations; i++) {
    for (let p = 0; p < N_PATHS; p++) {
      MEASURES.forEach((m, k) =>
        row(i, PATHS[p], MEASURE_NAMES[m], data.totals[(i * N_PATHS + p) * N_MEASURES + k]),
      );
      for (let q = 0; q < L.nPayers; q++) {
        row(
          i,
          PATHS[p],
          `payer:${scenario.payers[q].id}`,
          data.payerTotals[(i * N_PATHS + p) * L.nPayers + q],
        );
      }
      const b = data.branches[i * N_PATHS + p];
      if (b !== 255) row(i, PATHS[p], 'branch', branches[p][b]?.id ?? String(b));
    }
    events.forEach((ev, c) => {
      const o = data.eventOnsets[i * L.nEvents + c];
      row(i, ev.path, `event:${ev.id}:onset`, o < 0 ? '' : o);
    });
    const be = data.breakEven[i];
    row(i, 'difference', 'break_even_month', be < 0 ? '' : be);
    if (rows >= blockRows) {
      onProgress?.(i + 1, data.iterations);
      yield buf;
      buf = '';
      rows = 0;
    }
  }
  onProgress?.(data.iterations, data.iterations);
  if (buf) yield buf;
}
