import type { FormulaNode } from './formula-ast';

/** A compiled formula: reads symbol values from a Float64Array by index. */
export type CompiledFormula = (values: Float64Array) => number;

const truth = (x: number): boolean => x !== 0 && !Number.isNaN(x);

/**
 * Compile a checked formula into nested closures, once per run. Symbols are resolved to
 * indices up front, so an evaluation does no lookups and allocates nothing.
 */
export function compileFormula(node: FormulaNode, indexOf: (name: string) => number): CompiledFormula {
  switch (node.kind) {
    case 'number': {
      const v = node.value;
      return () => v;
    }
    case 'symbol': {
      const i = indexOf(node.name);
      if (i < 0) throw new Error(`unresolved symbol ${node.name}`);
      return (x) => x[i]!;
    }
    case 'unary': {
      const a = compileFormula(node.arg, indexOf);
      if (node.op === '-') return (x) => -a(x);
      if (node.op === 'not') return (x) => (truth(a(x)) ? 0 : 1);
      return a;
    }
    case 'binary': {
      const l = compileFormula(node.left, indexOf);
      const r = compileFormula(node.right, indexOf);
      switch (node.op) {
        case '+':
          return (x) => l(x) + r(x);
        case '-':
          return (x) => l(x) - r(x);
        case '*':
          return (x) => l(x) * r(x);
        case '/':
          return (x) => l(x) / r(x);
        case '^':
          return (x) => Math.pow(l(x), r(x));
        case '<':
          return (x) => (l(x) < r(x) ? 1 : 0);
        case '>':
          return (x) => (l(x) > r(x) ? 1 : 0);
        case '<=':
          return (x) => (l(x) <= r(x) ? 1 : 0);
        case '>=':
          return (x) => (l(x) >= r(x) ? 1 : 0);
        case '==':
          return (x) => (l(x) === r(x) ? 1 : 0);
        case '!=':
          return (x) => (l(x) !== r(x) ? 1 : 0);
        case 'and':
          return (x) => (truth(l(x)) && truth(r(x)) ? 1 : 0);
        case 'or':
          return (x) => (truth(l(x)) || truth(r(x)) ? 1 : 0);
      }
      break;
    }
    case 'call': {
      const args = node.args.map((a) => compileFormula(a, indexOf));
      const a0 = args[0]!;
      switch (node.fn) {
        case 'min':
          return args.length === 1 ? a0 : (x) => args.reduce((m, f) => Math.min(m, f(x)), Infinity);
        case 'max':
          return args.length === 1 ? a0 : (x) => args.reduce((m, f) => Math.max(m, f(x)), -Infinity);
        case 'abs':
          return (x) => Math.abs(a0(x));
        case 'round':
          return (x) => roundHalfAwayFromZero(a0(x));
        case 'floor':
          return (x) => Math.floor(a0(x));
        case 'ceil':
          return (x) => Math.ceil(a0(x));
        case 'exp':
          return (x) => Math.exp(a0(x));
        case 'log':
          return (x) => Math.log(a0(x));
        case 'sqrt':
          return (x) => Math.sqrt(a0(x));
      }
      break;
    }
    case 'conditional': {
      const t = compileFormula(node.test, indexOf);
      const a = compileFormula(node.then, indexOf);
      const b = compileFormula(node.else, indexOf);
      return (x) => (truth(t(x)) ? a(x) : b(x));
    }
  }
  throw new Error('unknown formula node');
}

/** mathjs rounds halves away from zero (round(-2.5) = -3); Math.round would give -2. */
function roundHalfAwayFromZero(v: number): number {
  return v < 0 ? -Math.round(-v) : Math.round(v);
}
