import { isFormula } from '../model/quantity';
import { quantityFields } from '../model/quantity-fields';
import type { Scenario } from '../model/scenario';
import { pathSegments } from './field-target';

/** `root` with the value at `segments` replaced, copying only the objects and arrays on the way. */
function setAt(root: unknown, segments: ReadonlyArray<string | number>, value: unknown): unknown {
  if (segments.length === 0) return value;
  const [head, ...rest] = segments;
  if (Array.isArray(root)) {
    const copy = [...(root as unknown[])];
    copy[head as number] = setAt(copy[head as number], rest, value);
    return copy;
  }
  const obj = root as Record<string, unknown>;
  return { ...obj, [head!]: setAt(obj[head!], rest, value) };
}

/**
 * The scenario with every formula's text replaced by `change(text)`: every field that
 * `quantityFields` lists (parameter values, step and event numbers, price units and unit
 * prices), so that no field that may hold a formula is missed. Whatever `change` leaves alone
 * stays shared.
 */
export function mapFormulas(s: Scenario, change: (formula: string) => string): Scenario {
  let out: unknown = s;
  for (const { quantity, path } of quantityFields(s)) {
    if (!isFormula(quantity)) continue;
    const formula = change(quantity.formula);
    if (formula !== quantity.formula) out = setAt(out, pathSegments(path), { formula });
  }
  return out as Scenario;
}
