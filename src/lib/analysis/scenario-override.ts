import { describeDistribution } from '../model/distribution-facts';
import { isDistribution } from '../model/quantity';
import { quantityFields } from '../model/quantity-fields';
import type { Scenario } from '../model/scenario';

export type Values = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

function entriesOf(values: Values): Array<[string, number]> {
  return values instanceof Map ? [...values.entries()] : Object.entries(values);
}

/** `paths.pilot.steps[2].price.units` -> ['paths', 'pilot', 'steps', 2, 'price', 'units']. */
function tokensOf(ref: string): Array<string | number> {
  const out: Array<string | number> = [];
  for (const part of ref.split('.')) {
    const m = /^([A-Za-z]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) throw new Error(`not a quantity reference: "${ref}"`);
    out.push(m[1]!);
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]));
  }
  return out;
}

function setAt(root: unknown, tokens: Array<string | number>, value: number): void {
  let node = root as Record<string | number, unknown>;
  for (let i = 0; i < tokens.length - 1; i++) node = node[tokens[i]!] as Record<string | number, unknown>;
  node[tokens[tokens.length - 1]!] = value;
}

/**
 * A new scenario with the quantity at each ref (a document path as `quantityFields` and
 * `analysisInputs` give them) replaced by a plain number. The original is not changed.
 * Formulas over an overridden parameter read its new value. Throws on an unknown ref or a
 * value that is not a finite number.
 */
export function withValues(s: Scenario, values: Values): Scenario {
  const entries = entriesOf(values);
  const out = structuredClone(s);
  if (entries.length === 0) return out;
  const known = new Set(quantityFields(s).map((f) => f.path));
  for (const [ref, v] of entries) {
    if (!known.has(ref)) throw new Error(`unknown quantity reference "${ref}" in scenario "${s.id}"`);
    if (!Number.isFinite(v)) throw new Error(`value for "${ref}" is not a finite number: ${v}`);
    setAt(out, tokensOf(ref), v);
  }
  return out;
}

/** A new scenario in which every distribution-valued parameter is replaced by its mean. */
export function withParametersAtMeans(s: Scenario): Scenario {
  const values = new Map<string, number>();
  s.parameters.forEach((p, i) => {
    if (!isDistribution(p.value)) return;
    const d = describeDistribution(p.value);
    if (!d.ok) throw new Error(`parameter "${p.id}": ${d.problems.join('; ')}`);
    values.set(`parameters[${i}].value`, d.facts.mean);
  });
  return withValues(s, values);
}

/**
 * A new scenario in which every distribution-valued quantity, parameters and step and event
 * fields alike, is replaced by its mean (the tornado's base: "the rest at their means").
 * Formulas are kept, so they follow the parameters' means.
 */
export function withInputsAtMeans(s: Scenario): Scenario {
  const values = new Map<string, number>();
  for (const f of quantityFields(s)) {
    if (!isDistribution(f.quantity)) continue;
    const d = describeDistribution(f.quantity);
    if (!d.ok) throw new Error(`${f.path}: ${d.problems.join('; ')}`);
    values.set(f.path, d.facts.mean);
  }
  return withValues(s, values);
}
