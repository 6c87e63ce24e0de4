import type { Branch, PathId } from '../model/path';
import type { Scenario } from '../model/scenario';
import { slugId, uniqueId } from './unique-id';

/**
 * The scenario with a new branch on `path` (probability 0, so the sum shown tells the user what
 * is left to share out), with a readable id unique in the whole scenario. Returns its id too.
 */
export function addBranch(
  s: Scenario,
  path: PathId,
  label: string,
  lang: 'nl' | 'en',
  probability = 0,
): { scenario: Scenario; id: string } {
  const branch: Branch = {
    id: uniqueId(s, slugId(label), 'branch'),
    label: { [lang]: label },
    probability,
    steps: [],
    events: [],
  };
  const p = s.paths[path];
  return {
    scenario: { ...s, paths: { ...s.paths, [path]: { ...p, branches: [...p.branches, branch] } } },
    id: branch.id,
  };
}
