import type { Branch, PathId } from '../model/path';
import type { Scenario } from '../model/scenario';
import { replaceFirst } from './place';

/** The scenario with the branch `id` on `path` replaced by `change(branch)` (label, note, ...). */
export function updateBranch(s: Scenario, path: PathId, id: string, change: (b: Branch) => Branch): Scenario {
  const p = s.paths[path];
  const branches = replaceFirst(p.branches, (b) => b.id === id, change);
  return branches === p.branches ? s : { ...s, paths: { ...s.paths, [path]: { ...p, branches } } };
}
