import { updateStepById } from '../edit/step-by-id';
import type { PathId } from '../model/path';
import type { Scenario } from '../model/scenario';
import type { Step } from '../model/step';

/**
 * `updateStepById` kept to one path: a step may carry the same id on both paths (the same help
 * under two policies, sharing its random draws), and a timeline edits the path it shows.
 */
export function updateStepOnPath(
  s: Scenario,
  path: PathId,
  id: string,
  change: (step: Step) => Step,
): Scenario {
  const other: PathId = path === 'pilot' ? 'reference' : 'pilot';
  const next = updateStepById(s, id, change);
  if (next === s || next.paths[path] === s.paths[path]) return s;
  return next.paths[other] === s.paths[other]
    ? next
    : { ...next, paths: { ...next.paths, [other]: s.paths[other] } };
}
