import type { Parameter } from '../model/parameter';
import type { Scenario } from '../model/scenario';
import { replaceFirst } from './place';

/**
 * The scenario with the parameter `id` replaced by `change(parameter)` (value, label, unit,
 * source, year, assumption). To change its id use `renameParameter`, which follows its uses.
 */
export function updateParameter(s: Scenario, id: string, change: (p: Parameter) => Parameter): Scenario {
  const parameters = replaceFirst(s.parameters, (p) => p.id === id, change);
  return parameters === s.parameters ? s : { ...s, parameters };
}
