import type { LocalText } from '../model/local-text';
import { validateScenario } from '../model/validate-scenario';
import type { ScenarioRecord } from './scenario-record';

/** One line of the scenario library. */
export interface LibraryEntry {
  id: string;
  name: LocalText;
  rev: number;
  updatedAt: number;
  /** Errors that stop the scenario from running (0: it validates). */
  problems: number;
}

/** The library line of a stored scenario: its name, last change and whether it validates. */
export function libraryEntryOf(record: ScenarioRecord): LibraryEntry {
  const v = validateScenario(record.scenario);
  return {
    id: record.id,
    name: record.name,
    rev: record.rev,
    updatedAt: record.updatedAt,
    problems: v.ok ? 0 : v.problems.length,
  };
}
