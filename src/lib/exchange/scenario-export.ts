import { SCHEMA_VERSION, type Scenario } from '../model/scenario';
import { exportedAt, exportedBy, jsonText, type ExportMeta } from './export-meta';
import {
  BACKUP_FORMAT,
  FILE_SCHEMA_NAMES,
  SCENARIO_FORMAT,
  type ExportReproducibility,
  type ExportedBy,
} from './file-format';
import { scenarioReproducibility } from './reproducibility';

export interface ScenarioFile {
  $schema: string;
  format: typeof SCENARIO_FORMAT;
  schemaVersion: number;
  exportedBy: ExportedBy;
  exportedAt: string;
  reproducibility: ExportReproducibility;
  scenario: Scenario;
}

export interface BackupFile {
  $schema: string;
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedBy: ExportedBy;
  exportedAt: string;
  scenarios: Scenario[];
}

/** One scenario as a file: the scenario exactly as it is in memory, in its envelope. */
export function scenarioFile(scenario: Scenario, meta: ExportMeta = {}): ScenarioFile {
  return {
    $schema: FILE_SCHEMA_NAMES[SCENARIO_FORMAT],
    format: SCENARIO_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedBy: exportedBy(meta),
    exportedAt: exportedAt(meta),
    reproducibility: scenarioReproducibility(scenario, meta.appVersion),
    scenario,
  };
}

/** The JSON text of one scenario's file. */
export function scenarioExport(scenario: Scenario, meta: ExportMeta = {}): string {
  return jsonText(scenarioFile(scenario, meta));
}

/** Every scenario in one backup file (read back all or nothing). */
export function backupFile(scenarios: readonly Scenario[], meta: ExportMeta = {}): BackupFile {
  return {
    $schema: FILE_SCHEMA_NAMES[BACKUP_FORMAT],
    format: BACKUP_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedBy: exportedBy(meta),
    exportedAt: exportedAt(meta),
    scenarios: [...scenarios],
  };
}

export function backupExport(scenarios: readonly Scenario[], meta: ExportMeta = {}): string {
  return jsonText(backupFile(scenarios, meta));
}
