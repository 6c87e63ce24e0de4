import { compileFormula, type CompiledFormula } from '../formula/compile-formula';
import { parseFormula } from '../formula/parse-formula';
import { describeDistribution, type Canonical } from '../model/distribution-facts';
import type { Parameter } from '../model/parameter';
import { isDistribution, isFormula, type Quantity } from '../model/quantity';
import { shapeOf } from '../quantity/distribution-shape';

/** An uncertain quantity reduced to what a timeline can draw. */
export interface Representative {
  /**
   * The mean for a number or a distribution; for a formula, the formula at its parameters'
   * means (the mean itself when the formula is linear, a typical value otherwise). 0 when unknown.
   */
  value: number;
  /** False when no value could be found cheaply: a formula that does not evaluate, a bad distribution. */
  known: boolean;
  /**
   * About 90 % of draws lie in here (5th to 95th percentile). For a formula only when it depends
   * on a single uncertain parameter (evaluated at that parameter's percentiles, which assumes the
   * formula moves one way with it, as month formulas such as `start + 1` do); otherwise null.
   */
  spread: [number, number] | null;
}

/** The 5th and 95th percentiles of a distribution (exact: see shapeOf), for the timeline's whiskers. */
export function spread90(c: Canonical): [number, number] {
  const { quantile } = shapeOf(c);
  return [quantile(0.05), quantile(0.95)];
}

const UNKNOWN: Representative = { value: 0, known: false, spread: null };

type Compiled = { fn: CompiledFormula; symbols: string[] } | null;

/**
 * Representative values of quantities over one scenario's parameters. Results are cached, so
 * keep one per parameter list (`representativesFor`): edits that leave the parameters alone share
 * the list, and with it the parsed formulas.
 */
export class Representatives {
  readonly #params: Map<string, Parameter>;
  readonly #names: ReadonlySet<string>;
  readonly #compiled = new Map<string, Compiled>();
  readonly #means = new Map<string, number>();
  readonly #leaves = new Map<string, readonly string[] | null>();

  constructor(parameters: readonly Parameter[]) {
    this.#params = new Map(parameters.map((p) => [p.id, p]));
    this.#names = new Set(this.#params.keys());
  }

  /** The representative of `q`; `whenAbsent` stands for a field that is not given. */
  of(q: Quantity | undefined, whenAbsent = 0): Representative {
    if (q === undefined) return { value: whenAbsent, known: true, spread: null };
    if (typeof q === 'number')
      return Number.isFinite(q) ? { value: q, known: true, spread: [q, q] } : UNKNOWN;
    if (isDistribution(q)) {
      const d = describeDistribution(q);
      return d.ok ? { value: d.facts.mean, known: true, spread: spread90(d.facts.canonical) } : UNKNOWN;
    }
    if (!isFormula(q)) return UNKNOWN;
    const c = this.#compile(q.formula);
    if (!c) return UNKNOWN;
    const value = this.#evaluate(c, new Map(), new Set());
    if (!Number.isFinite(value)) return UNKNOWN;
    return { value, known: true, spread: this.#formulaSpread(c, value) };
  }

  #compile(formula: string): Compiled {
    if (this.#compiled.has(formula)) return this.#compiled.get(formula)!;
    const parsed = parseFormula(formula, this.#names);
    let out: Compiled = null;
    if (parsed.ok) {
      const symbols = parsed.symbols;
      out = { fn: compileFormula(parsed.ast, (n) => symbols.indexOf(n)), symbols };
    }
    this.#compiled.set(formula, out);
    return out;
  }

  #evaluate(c: NonNullable<Compiled>, overrides: ReadonlyMap<string, number>, visiting: Set<string>): number {
    const values = new Float64Array(c.symbols.length);
    c.symbols.forEach((name, i) => (values[i] = this.#parameterValue(name, overrides, visiting)));
    return c.fn(values);
  }

  /** A parameter at its mean (or at an override); NaN when it has none (unknown, a cycle, a bad formula). */
  #parameterValue(name: string, overrides: ReadonlyMap<string, number>, visiting: Set<string>): number {
    const o = overrides.get(name);
    if (o !== undefined) return o;
    const plain = !overrides.size;
    if (plain && this.#means.has(name)) return this.#means.get(name)!;
    const p = this.#params.get(name);
    let v = NaN;
    if (p && !visiting.has(name)) {
      if (isFormula(p.value)) {
        const c = this.#compile(p.value.formula);
        visiting.add(name);
        v = c ? this.#evaluate(c, overrides, visiting) : NaN;
        visiting.delete(name);
      } else {
        v = this.of(p.value).known ? this.of(p.value).value : NaN;
      }
    }
    if (plain) this.#means.set(name, v);
    return v;
  }

  /** The uncertain parameters (distributions that vary) a parameter depends on; null on a cycle or unknown name. */
  #leavesOf(name: string, visiting: Set<string>): readonly string[] | null {
    if (this.#leaves.has(name)) return this.#leaves.get(name)!;
    const p = this.#params.get(name);
    if (!p || visiting.has(name)) return null;
    let out: string[] | null = [];
    if (isDistribution(p.value)) {
      const s = this.of(p.value).spread;
      if (s && s[0] !== s[1]) out = [name];
    } else if (isFormula(p.value)) {
      const c = this.#compile(p.value.formula);
      visiting.add(name);
      out = c ? this.#leavesOfSymbols(c.symbols, visiting) : null;
      visiting.delete(name);
    }
    this.#leaves.set(name, out);
    return out;
  }

  #leavesOfSymbols(symbols: readonly string[], visiting: Set<string>): string[] | null {
    const out = new Set<string>();
    for (const s of symbols) {
      const l = this.#leavesOf(s, visiting);
      if (!l) return null;
      l.forEach((x) => out.add(x));
    }
    return [...out];
  }

  #formulaSpread(c: NonNullable<Compiled>, value: number): [number, number] | null {
    const leaves = this.#leavesOfSymbols(c.symbols, new Set());
    if (!leaves) return null;
    if (leaves.length === 0) return [value, value];
    if (leaves.length > 1) return null;
    const leaf = leaves[0]!;
    const [lo, hi] = this.of(this.#params.get(leaf)!.value).spread!;
    const a = this.#evaluate(c, new Map([[leaf, lo]]), new Set());
    const b = this.#evaluate(c, new Map([[leaf, hi]]), new Set());
    if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
    return [Math.min(a, b), Math.max(a, b)];
  }
}

const cache = new WeakMap<readonly Parameter[], Representatives>();

/** The (cached) representatives over this parameter list. */
export function representativesFor(parameters: readonly Parameter[]): Representatives {
  let r = cache.get(parameters);
  if (!r) {
    r = new Representatives(parameters);
    cache.set(parameters, r);
  }
  return r;
}
