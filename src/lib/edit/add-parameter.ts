import type { Parameter } from '../model/parameter';
import type { Scenario } from '../model/scenario';
import { slugId, uniqueId } from './unique-id';

/**
 * The scenario with a new parameter: id from `name` (letters, digits and _, unique in the
 * scenario; `parameter_N` when empty), value 0 until the user gives one.
 */
export function addParameter(
  s: Scenario,
  name: string,
  fields: Partial<Omit<Parameter, 'id'>> = {},
): { scenario: Scenario; id: string } {
  const id = uniqueId(s, slugId(name, '_'), 'parameter', '_');
  const parameter: Parameter = { id, value: 0, ...fields };
  return { scenario: { ...s, parameters: [...s.parameters, parameter] }, id };
}
