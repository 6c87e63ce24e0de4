import type { PathId } from '../model/path';
import type { Scenario } from '../model/scenario';

/**
 * The scenario without the branch `id` (and its steps and events) on `path`. The other branches'
 * probabilities are left as they are: the sum shown then says what is missing, and the user
 * chooses to normalise (never silently fixed).
 */
export function deleteBranch(s: Scenario, path: PathId, id: string): Scenario {
  const p = s.paths[path];
  const i = p.branches.findIndex((b) => b.id === id);
  if (i < 0) return s;
  return {
    ...s,
    paths: { ...s.paths, [path]: { ...p, branches: p.branches.filter((_, k) => k !== i) } },
  };
}
