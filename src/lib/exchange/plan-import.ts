import { newScenarioId } from '../model/new-scenario';
import type { Scenario } from '../model/scenario';

export interface PlannedScenario {
  /** The id in the file. */
  fileId: string;
  /** The id it is stored under. */
  id: string;
  /** new: the id was free; copy: the id was taken, so a new one; replace: the stored one is replaced. */
  action: 'new' | 'copy' | 'replace';
}

/**
 * What an import will store. By default a scenario whose id is already stored comes in under a
 * new id (nothing stored is overwritten without the user saying so: bad-inputs.md I7); with
 * `replace`, it replaces the stored one. The scenarios come back with the ids they get.
 */
export function planImport(
  scenarios: readonly Scenario[],
  existingIds: ReadonlySet<string>,
  replace: boolean,
  newId: () => string = () => newScenarioId(),
): { scenarios: Scenario[]; plan: PlannedScenario[] } {
  const used = new Set<string>();
  const fresh = () => {
    for (;;) {
      const id = newId();
      if (!existingIds.has(id) && !used.has(id)) return id;
    }
  };
  const plan: PlannedScenario[] = [];
  const out = scenarios.map((s) => {
    const taken = existingIds.has(s.id);
    const action: PlannedScenario['action'] = taken ? (replace ? 'replace' : 'copy') : 'new';
    const id = action === 'copy' || used.has(s.id) ? fresh() : s.id;
    used.add(id);
    plan.push({ fileId: s.id, id, action });
    return id === s.id ? s : { ...s, id };
  });
  return { scenarios: out, plan };
}

/** Whether any scenario of the file has an id that is already stored (then "Replace" is offered). */
export function conflictingIds(scenarios: readonly Scenario[], existingIds: ReadonlySet<string>): string[] {
  return scenarios.filter((s) => existingIds.has(s.id)).map((s) => s.id);
}
