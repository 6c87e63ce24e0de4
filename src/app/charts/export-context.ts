/** What every chart's downloads say about the run they come from. */
export interface ExportContext {
  /** The scenario's id (file names). */
  scenarioId: string;
  /** The scenario's name with the run's seed and iterations (exported images). */
  subtitle: string;
}
