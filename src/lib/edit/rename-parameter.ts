import { parameterIdSchema } from '../model/id';
import type { Scenario } from '../model/scenario';
import { mapFormulas } from './map-formulas';
import { renameSymbol } from './rename-symbol';

/**
 * `reserved`: a word the formula parser reads as an operator or a constant, never as a name.
 * `breaks`: some formula that uses the parameter would no longer read the same with the new name.
 */
export type RenameRefusal = 'invalid' | 'taken' | 'unknown' | 'reserved' | 'breaks';

/**
 * Words mathjs (src/lib/formula/parse-formula.ts) reads as operators (`not`, `and`, `or`, `xor`,
 * `mod`, `to`, `in`) or constants (`true`, `false`, `null`, `undefined`, `NaN`, `Infinity`), so a
 * parameter with such a name could not be used in a formula.
 */
export const RESERVED_FORMULA_WORDS: ReadonlySet<string> = new Set([
  'not',
  'and',
  'or',
  'xor',
  'mod',
  'to',
  'in',
  'true',
  'false',
  'null',
  'undefined',
  'NaN',
  'Infinity',
]);

/** The scenario with every formula renamed, or null when some formula would not re-parse the same. */
function renamedFormulas(s: Scenario, old: string, next: string): Scenario | null {
  let broken = false;
  const out = mapFormulas(s, (f) => {
    const r = renameSymbol(f, old, next);
    if (r === null) broken = true;
    return r ?? f;
  });
  return broken ? null : out;
}

/** Why `next` cannot be the new name of the parameter `old`, or null when it can. */
export function parameterRenameRefusal(s: Scenario, old: string, next: string): RenameRefusal | null {
  if (!s.parameters.some((p) => p.id === old)) return 'unknown';
  if (next === old) return null;
  if (!parameterIdSchema.safeParse(next).success) return 'invalid';
  if (RESERVED_FORMULA_WORDS.has(next)) return 'reserved';
  if (s.parameters.some((p) => p.id === next)) return 'taken';
  if (!renamedFormulas(s, old, next)) return 'breaks';
  return null;
}

/**
 * The scenario with the parameter `old` called `next`, and every formula that uses it
 * rewritten (only the symbol, keeping the rest of the text as the user wrote it). The same
 * scenario when the name is refused (see `parameterRenameRefusal`: also when any formula would
 * not re-parse the same with the new name) or unchanged.
 */
export function renameParameter(s: Scenario, old: string, next: string): Scenario {
  if (next === old || parameterRenameRefusal(s, old, next)) return s;
  const renamed: Scenario = {
    ...s,
    parameters: s.parameters.map((p) => (p.id === old ? { ...p, id: next } : p)),
  };
  return renamedFormulas(renamed, old, next) ?? s;
}
