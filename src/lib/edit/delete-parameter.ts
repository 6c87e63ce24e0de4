import type { Scenario } from '../model/scenario';

/**
 * The scenario without the parameter `id`. Formulas that used it are left as they are: the
 * validation then reports each of them ("uses the unknown name") next to its field, so nothing
 * changes meaning silently; `parameterUsage` tells the user beforehand.
 */
export function deleteParameter(s: Scenario, id: string): Scenario {
  const i = s.parameters.findIndex((p) => p.id === id);
  if (i < 0) return s;
  return { ...s, parameters: s.parameters.filter((_, k) => k !== i) };
}
