import type { Problem } from '../model/problem';
import type { Scenario } from '../model/scenario';
import type { Settings } from '../model/settings';
import { validateScenario } from '../model/validate-scenario';

/**
 * The scenario being worked on. It only ever holds a valid scenario: a change that does not
 * validate is refused with its problems and the scenario stays as it was (nothing is lost).
 */
export class ScenarioState {
  scenario = $state.raw<Scenario | null>(null);
  /** Counts whole-scenario loads, so editors can start afresh on a new document (not on each edit). */
  generation = $state(0);

  /** Replace the whole scenario (after loading or importing one). */
  load(scenario: Scenario): void {
    this.scenario = scenario;
    this.generation++;
  }

  /** Change the settings; returns the problems that refused the change, or none. */
  setSettings(settings: Settings): Problem[] {
    const current = this.scenario;
    if (!current) return [];
    const v = validateScenario({ ...current, settings });
    if (!v.ok) return v.problems;
    this.scenario = v.scenario;
    return [];
  }
}
