import { parseFormula } from '../formula/parse-formula';
import { formulaNames } from '../edit/parameter-usage';
import { describeDistribution } from '../model/distribution-facts';
import type { Parameter } from '../model/parameter';
import { isDistribution, isFormula, type Quantity } from '../model/quantity';
import { quantityFields } from '../model/quantity-fields';
import type { Scenario } from '../model/scenario';

/**
 * Which parameters are chances, so that the group may estimate them. A value between 0 and 1 is
 * not enough: case 1's budget shares (0.55, 0.2) are in 0..1 too, and a beta there can make
 * `1 - share - ...` negative. A parameter is a chance when a probability field reads it (an
 * event's or a step's probability; a branch's probability is a plain number and reads none),
 * directly or through other parameters' formulas, or when its unit says so ("probability",
 * "chance", "kans"); and its value is a chance now (a number from 0 to 1, or a distribution
 * that stays within 0..1; a formula is not offered, since replacing it cuts its inputs loose).
 */

/** "probability (within the onset window)", "chance", "kans op uitval": a unit of a chance. */
export function unitSaysProbability(unit: string | undefined): boolean {
  return !!unit && /probabilit|chance|\bkans/i.test(unit);
}

/** A number from 0 to 1, or a distribution that stays within 0..1. */
export function holdsChance(q: Quantity): boolean {
  if (typeof q === 'number') return q >= 0 && q <= 1;
  if (!isDistribution(q)) return false;
  const d = describeDistribution(q);
  return d.ok && d.facts.support[0] >= 0 && d.facts.support[1] <= 1;
}

/**
 * The ids of the parameters that some probability field reads, directly in its formula or
 * through the formulas of the parameters it reads (followed to any depth, each once).
 */
export function parametersReadAsProbability(s: Scenario): Set<string> {
  const byId = new Map(s.parameters.map((p) => [p.id, p]));
  const read = new Set<string>();
  const queue: string[] = [];
  const visit = (q: Quantity) => {
    if (!isFormula(q)) return;
    for (const name of formulaNames(q.formula)) {
      if (!byId.has(name) || read.has(name)) continue;
      read.add(name);
      queue.push(name);
    }
  };
  for (const f of quantityFields(s)) if (f.role === 'probability') visit(f.quantity);
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) visit(byId.get(id)!.value);
  return read;
}

/** The parameters the group may estimate as chances (see above), in document order. */
export function chanceParameters(s: Scenario): Parameter[] {
  const read = parametersReadAsProbability(s);
  return s.parameters.filter((p) => holdsChance(p.value) && (read.has(p.id) || unitSaysProbability(p.unit)));
}

/**
 * The parameter a quantity stands for when it is nothing but a reference to one parameter
 * (`{ formula: "p_father_burnout_ref" }`), following references of parameters to parameters to
 * the last one; null for a number, a distribution or any other formula.
 */
export function referencedParameter(s: Scenario, q: Quantity): string | null {
  const ids = new Set(s.parameters.map((p) => p.id));
  let found: string | null = null;
  let current = q;
  // Each step moves to another parameter; more steps than parameters means a cycle.
  for (let i = 0; i <= s.parameters.length; i++) {
    if (!isFormula(current)) return found;
    const parsed = parseFormula(current.formula, ids);
    if (!parsed.ok || parsed.ast.kind !== 'symbol') return found;
    const name = parsed.ast.name;
    found = name;
    current = s.parameters.find((p) => p.id === name)!.value;
  }
  return null;
}
