import { parameterIdSchema } from '../model/id';
import type { Scenario } from '../model/scenario';
import { mapFormulas } from './map-formulas';
import { renameSymbol } from './rename-symbol';

export type RenameRefusal = 'invalid' | 'taken' | 'unknown';

/** Why `next` cannot be the new name of the parameter `old`, or null when it can. */
export function parameterRenameRefusal(s: Scenario, old: string, next: string): RenameRefusal | null {
  if (!s.parameters.some((p) => p.id === old)) return 'unknown';
  if (next === old) return null;
  if (!parameterIdSchema.safeParse(next).success) return 'invalid';
  if (s.parameters.some((p) => p.id === next)) return 'taken';
  return null;
}

/**
 * The scenario with the parameter `old` called `next`, and every formula that uses it
 * rewritten (only the symbol, keeping the rest of the text as the user wrote it). The same
 * scenario when the name is refused (see `parameterRenameRefusal`) or unchanged.
 */
export function renameParameter(s: Scenario, old: string, next: string): Scenario {
  if (next === old || parameterRenameRefusal(s, old, next)) return s;
  const renamed: Scenario = {
    ...s,
    parameters: s.parameters.map((p) => (p.id === old ? { ...p, id: next } : p)),
  };
  return mapFormulas(renamed, (f) => renameSymbol(f, old, next) ?? f);
}
