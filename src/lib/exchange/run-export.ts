import type { Locale } from '../i18n/locale';
import { iterationsCsv, csvCell } from '../io/iterations-csv';
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

/**
 * A run's results per simulated future in long format (iteration, path, variable, value; from
 * src/lib/io/iterations-csv.ts), with the reproducibility block first as rows of path "run"
 * and no iteration, so the file stays one table. Yields text in blocks (a million iterations
 * need not sit in one string).
 */
export function* runExportCsv(
  result: Pick<RunResult, 'scenario' | 'summary' | 'data'>,
  meta: ExportMeta = {},
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
  const header = 'iteration,path,variable,value\n';
  const preamble = rows.map(([k, v]) => `,run,${csvCell(k)},${csvCell(v)}\n`).join('');
  let first = true;
  for (const block of iterationsCsv(result.scenario, result.data)) {
    if (first) {
      first = false;
      yield header + preamble + (block.startsWith(header) ? block.slice(header.length) : block);
    } else yield block;
  }
  if (first) yield header + preamble;
}
