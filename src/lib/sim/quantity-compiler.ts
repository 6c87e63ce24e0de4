import { describeDistribution } from '../model/distribution-facts';
import { isFormula, type Quantity } from '../model/quantity';
import { compileFormula, type CompiledFormula } from '../formula/compile-formula';
import { parseFormula } from '../formula/parse-formula';
import { DistributionTable } from './samplers/distribution-table';

/** Slot codes beyond the distribution codes of the DistributionTable. */
export const Q_PARAMETER = 100;
export const Q_FORMULA = 101;

export interface Slot {
  code: number;
  off: number;
}

/**
 * Turns quantities into slots: a distribution in the shared table, a parameter's value by index,
 * or a compiled formula. Assumes the scenario validated (throws on anything it cannot compile).
 */
export class QuantityCompiler {
  readonly table = new DistributionTable();
  readonly formulas: CompiledFormula[] = [];
  /** Formula sources, for error messages at run time. */
  readonly formulaSources: string[] = [];
  private readonly names: ReadonlySet<string>;

  constructor(private readonly parameterIndex: ReadonlyMap<string, number>) {
    this.names = new Set(parameterIndex.keys());
  }

  /**
   * `meanOnly`: use the distribution's mean instead of drawing from it. Exact for an inline
   * distribution on a probability, because P(U < p) = E[p] when p is drawn afresh for each use.
   */
  compile(q: Quantity, meanOnly = false): Slot {
    if (typeof q === 'number') return this.constant(q);
    if (isFormula(q)) {
      const parsed = parseFormula(q.formula, this.names);
      if (!parsed.ok) throw new Error(`formula "${q.formula}" ${parsed.errors[0]!.message}`);
      if (parsed.ast.kind === 'symbol')
        return { code: Q_PARAMETER, off: this.parameterIndex.get(parsed.ast.name)! };
      if (parsed.ast.kind === 'number') return this.constant(parsed.ast.value);
      this.formulas.push(compileFormula(parsed.ast, (n) => this.parameterIndex.get(n) ?? -1));
      this.formulaSources.push(q.formula);
      return { code: Q_FORMULA, off: this.formulas.length - 1 };
    }
    const d = describeDistribution(q);
    if (!d.ok) throw new Error(`invalid distribution: ${d.problems.join('; ')}`);
    if (meanOnly) return this.constant(d.facts.mean);
    const [code, off] = this.table.add(d.facts.canonical);
    return { code, off };
  }

  constant(value: number): Slot {
    const [code, off] = this.table.add({ family: 'constant', value });
    return { code, off };
  }
}
