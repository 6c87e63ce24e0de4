import type { CohortSpec } from '../analysis/analysis-types';
import type { Scenario } from '../model/scenario';
import { canonicalJson, scenarioHash } from '../model/scenario-hash';

const hashes = new WeakMap<Scenario, string>();

/** A scenario's hash (scenarioHash: group-session notes left out), once per scenario object. */
function hashOf(s: Scenario): string {
  let h = hashes.get(s);
  if (h === undefined) {
    h = scenarioHash(s);
    hashes.set(s, h);
  }
  return h;
}

/**
 * What a cohort computation depends on, as one string: the form's numbers, the seed and rate,
 * and each scenario of the mix by id, weight and content hash. Equal keys give equal results, so
 * a result is stale exactly when the key of what is on screen now differs from the key it was
 * computed with; an undo back to the computed version makes it current again. Display names are
 * left out (switching the language changes nothing).
 */
export function cohortKey(spec: CohortSpec): string {
  const { mix, ...rest } = spec;
  return canonicalJson({
    ...rest,
    mix: mix.map((m) => ({ id: m.scenario.id, weight: m.weight, hash: hashOf(m.scenario) })),
  });
}
