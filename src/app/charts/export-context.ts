import type { DownloadFile } from '../exchange/download';

/** What every chart's downloads say about the run they come from, and how they reach the user. */
export interface ExportContext {
  /** The scenario's id (file names). */
  scenarioId: string;
  /** The run's seed (file names). */
  seed: number;
  /** The scenario's name with the run's seed and iterations (exported images). */
  subtitle: string;
  /** Hand a file to the user (the browser's download; tests pass their own). */
  save: (file: DownloadFile) => void;
  now: () => Date;
}
