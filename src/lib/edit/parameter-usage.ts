import { parseFormula } from '../formula/parse-formula';
import { isFormula } from '../model/quantity';
import { quantityFields } from '../model/quantity-fields';
import type { Scenario } from '../model/scenario';
import { formulaTokens } from './rename-symbol';

/** The names a formula reads: from the parser when it parses, else every whole name in its text. */
export function formulaNames(formula: string): string[] {
  const tokens = formulaTokens(formula).filter((t) => t.kind === 'name');
  const names = new Set(tokens.map((t) => t.text));
  const parsed = parseFormula(formula, names);
  return parsed.ok ? parsed.symbols : [...names];
}

/**
 * The document paths of the number fields whose formula uses the parameter `id` (e.g.
 * `paths.pilot.steps[2].monthlyCost`, `parameters[4].value`), in document order.
 */
export function parameterUsage(s: Scenario, id: string): string[] {
  return quantityFields(s)
    .filter((f) => isFormula(f.quantity) && formulaNames(f.quantity.formula).includes(id))
    .map((f) => f.path);
}
