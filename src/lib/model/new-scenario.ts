import { scenarioSchema, SCHEMA_VERSION, type Scenario } from './scenario';
import type { LocalText } from './local-text';

/**
 * A new, empty scenario: default settings and payers, no members, no parameters, two empty
 * paths. `id` must be a valid id (see id.ts); `name` is what the user called it.
 */
export function newScenario(id: string, name: LocalText): Scenario {
  return scenarioSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    id,
    name,
    paths: { pilot: {}, reference: {} },
  });
}

/** A fresh scenario id: `scenario-` and 12 random base-36 characters. */
export function newScenarioId(random: () => number = Math.random): string {
  let s = '';
  for (let i = 0; i < 12; i++) s += Math.floor(random() * 36).toString(36);
  return `scenario-${s}`;
}
