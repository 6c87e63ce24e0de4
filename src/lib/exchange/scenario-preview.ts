import type { LocalText } from '../model/local-text';
import { PATH_IDS, type PathId } from '../model/path';
import { eventSites, stepSites } from '../model/quantity-fields';
import type { Scenario } from '../model/scenario';

export interface PathCounts {
  /** Steps on the path, in its branches and as consequences of its events. */
  steps: number;
  events: number;
  branches: number;
}

/** What the import preview shows of a scenario before anything is stored. */
export interface ScenarioPreview {
  id: string;
  name: LocalText;
  members: number;
  parameters: number;
  paths: Record<PathId, PathCounts>;
}

export function scenarioPreview(s: Scenario): ScenarioPreview {
  const steps = stepSites(s);
  const events = eventSites(s);
  const paths = {} as Record<PathId, PathCounts>;
  for (const id of PATH_IDS) {
    paths[id] = {
      steps: steps.filter((x) => x.pathId === id).length,
      events: events.filter((x) => x.pathId === id).length,
      branches: s.paths[id].branches.length,
    };
  }
  return { id: s.id, name: s.name, members: s.members.length, parameters: s.parameters.length, paths };
}
