import type { Locale } from '../i18n/locale';
import { encodeBlocks, nextTask } from '../export/encode-blocks';
import { CSV_BOM, ITERATIONS_CSV_HEADER, csvCell, iterationsCsv } from '../io/iterations-csv';
import { SCHEMA_VERSION, type Scenario } from '../model/scenario';
import type { RunResult } from '../sim/run-result';
import type { RunSummary } from '../sim/summarize';
import { exportedAt, exportedBy, jsonText, type ExportMeta } from './export-meta';
import { RUN_FORMAT, type ExportReproducibility, type ExportedBy } from './file-format';
import { methodsSummary, type MethodsSummary } from './methods-summary';
import { methodsText } from './methods-text';
import { runReproducibility } from './reproducibility';

/** What a run's results file holds (its scenario can be imported again). */
export interface RunFile {
  format: typeof RUN_FORMAT;
  schemaVersion: number;
  exportedBy: ExportedBy;
  exportedAt: string;
  reproducibility: ExportReproducibility;
  methods: MethodsSummary & { text: Record<Locale, string> };
  /** The scenario exactly as it was run. */
  scenario: Scenario;
  summary: RunSummary;
}

/** The run a result came from, without its per-iteration data (a saved run may not keep it). */
export type RunForExport = Pick<RunResult, 'scenario' | 'summary'>;

export function runFile(result: RunForExport, meta: ExportMeta = {}): RunFile {
  const methods = methodsSummary(result.scenario, result.summary);
  return {
    format: RUN_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedBy: exportedBy(meta),
    exportedAt: exportedAt(meta),
    reproducibility: runReproducibility(result.scenario, result.summary, meta.appVersion),
    methods: {
      ...methods,
      text: {
        nl: methodsText(methods, result.scenario.name, 'nl', meta.appVersion),
        en: methodsText(methods, result.scenario.name, 'en', meta.appVersion),
      },
    },
    scenario: result.scenario,
    summary: result.summary,
  };
}

/** A run's summary, reproducibility block and methods summary as JSON text. */
export function runExportJson(result: RunForExport, meta: ExportMeta = {}): string {
  return jsonText(runFile(result, meta));
}

/** A run with its per-iteration data (the run just made, not a saved one). */
export type RunWithData = Pick<RunResult, 'scenario' | 'summary' | 'data'>;

/**
 * A run's results per simulated future in long format (a UTF-8 BOM, then iteration, path, variable, value; from
 * src/lib/io/iterations-csv.ts), with the reproducibility block first as rows of path "run"
 * and no iteration, so the file stays one table. Yields text in blocks (a million iterations
 * need not sit in one string).
 */
export function* runExportCsv(
  result: RunWithData,
  meta: ExportMeta = {},
  onProgress?: (doneIterations: number, totalIterations: number) => void,
): Generator<string> {
  const r = runReproducibility(result.scenario, result.summary, meta.appVersion);
  const rows: Array<[string, string | number]> = [
    ['app', 'PathCost'],
    ['app_version', r.appVersion],
    ['engine_version', r.engineVersion],
    ['generator', r.generator],
    ['seed', r.seed],
    ['iterations', r.iterations],
    ['chunk_size', r.chunkSize ?? ''],
    ['schema_version', r.schemaVersion],
    ['scenario_id', result.scenario.id],
    ['scenario_hash', r.scenarioHash],
    ['price_year', r.priceYear],
    ['currency', r.currency],
    ['discount_preset', r.discountPreset],
    ['discount_rate', r.discountRate],
    ['price_list', r.priceList ? `${r.priceList.id} ${r.priceList.version}` : ''],
    ['exported_at', exportedAt(meta)],
  ];
  // The BOM and the header come first (from iterationsCsv), then the reproducibility rows.
  const head = CSV_BOM + ITERATIONS_CSV_HEADER;
  const preamble = rows.map(([k, v]) => `,run,${csvCell(k)},${csvCell(v)}\n`).join('');
  let first = true;
  for (const block of iterationsCsv(result.scenario, result.data, { onProgress })) {
    if (first) {
      first = false;
      yield head + preamble + (block.startsWith(head) ? block.slice(head.length) : block);
    } else yield block;
  }
  if (first) yield head + preamble;
}

/**
 * The per-iteration CSV of `runExportCsv` as UTF-8 bytes for a Blob, made block by block with a
 * turn of the event loop between blocks (see encodeBlocks), so the page stays responsive while a
 * million iterations are written. `onProgress` hears the share done (0 to 1).
 */
export function runExportCsvParts(
  result: RunWithData,
  meta: ExportMeta = {},
  onProgress?: (share: number) => void,
  pause: () => Promise<void> = nextTask,
): Promise<Uint8Array<ArrayBuffer>[]> {
  const progress = onProgress && ((done: number, total: number) => onProgress(total > 0 ? done / total : 1));
  return encodeBlocks(runExportCsv(result, meta, progress), pause);
}
