import type { LocalText } from '../model/local-text';
import type { Scenario } from '../model/scenario';
import { canonicalJson, scenarioHash } from '../model/scenario-hash';

/**
 * Whether a shown result still belongs to what is on screen. The scenario is compared by its
 * content (scenarioHash: an undo back to the computed version makes the result current again,
 * and a new object with the same content is the same scenario), the options by their canonical
 * JSON. Object identity says nothing here: the Funding view stays mounted across tab switches
 * and the open scenario may be replaced by another one, or by an edited copy of itself.
 */
export type Staleness = 'otherScenario' | 'changed' | 'options' | null;

/** What a result was computed for. */
export interface ComputedFor {
  scenarioId: string;
  scenarioName: LocalText | undefined;
  hash: string;
  options: string;
}

/** Scenarios are immutable snapshots: hash each object once (hashing a large case takes milliseconds). */
const hashes = new WeakMap<Scenario, string>();

export function scenarioKey(s: Scenario): string {
  let h = hashes.get(s);
  if (h === undefined) {
    h = scenarioHash(s);
    hashes.set(s, h);
  }
  return h;
}

/** The key of a job's options (anything JSON-like; key order does not matter). */
export function optionsKey(options: unknown): string {
  return canonicalJson(options);
}

export function computedFor(s: Scenario, options: unknown): ComputedFor {
  return { scenarioId: s.id, scenarioName: s.name, hash: scenarioKey(s), options: optionsKey(options) };
}

/**
 * How the shown result relates to the open scenario and the options now set: another scenario
 * is open ('otherScenario'), the open one changed since ('changed'; also when it now has
 * problems: `open` null), the form asks for something else ('options'; `options` null when the
 * form cannot be read), or it is current (null).
 */
export function staleness(shown: ComputedFor | null, open: Scenario | null, options: unknown): Staleness {
  if (!shown) return null;
  if (!open) return 'changed';
  if (open.id !== shown.scenarioId) return 'otherScenario';
  if (scenarioKey(open) !== shown.hash) return 'changed';
  if (options === null || optionsKey(options) !== shown.options) return 'options';
  return null;
}
