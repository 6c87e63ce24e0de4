import { FORMULA_LIMITS } from '../formula/formula-ast';
import { parseFormula } from '../formula/parse-formula';
import type { QuantityProblem } from './quantity-problem';

/** A set that says yes to every name: to learn which names a formula uses before judging them. */
class EveryName extends Set<string> {
  override has(): boolean {
    return true;
  }
}

/**
 * Check a typed formula with the project's restricted parser. Unknown names are all reported
 * together with the names that may be used.
 */
export function formulaProblems(source: string, parameters: readonly string[]): QuantityProblem[] {
  const parsed = parseFormula(source, new EveryName());
  if (!parsed.ok) {
    const problems: QuantityProblem[] = [];
    for (const e of parsed.errors) {
      const p: QuantityProblem =
        e.code === 'syntax'
          ? { code: 'formulaSyntax' }
          : e.code === 'too-long'
            ? { code: 'formulaTooLong', limit: FORMULA_LIMITS.maxLength }
            : e.code === 'too-complex'
              ? { code: 'formulaTooComplex' }
              : { code: 'formulaNotAllowed' };
      if (!problems.some((x) => x.code === p.code)) problems.push(p);
    }
    return problems;
  }
  const known = new Set(parameters);
  const unknown = parsed.symbols.filter((s) => !known.has(s));
  return unknown.length ? [{ code: 'formulaUnknownNames', names: unknown, known: [...parameters] }] : [];
}
