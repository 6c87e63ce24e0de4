import type { Scenario } from '../model/scenario';
import { iterationsCsv } from '../io/iterations-csv';
import type { RunData } from '../sim/run-accumulator';

/**
 * The run's per-iteration results in long format (iteration, path, variable, value) as a file.
 * The text is made in blocks and handed to the Blob as parts, so it is never one huge string.
 */
export function iterationsFile(scenario: Scenario, data: RunData): Blob {
  return new Blob([...iterationsCsv(scenario, data)], { type: 'text/csv;charset=utf-8' });
}
