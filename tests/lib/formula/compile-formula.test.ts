import { evaluate } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { compileFormula } from '../../../src/lib/formula/compile-formula';
import { formulaSymbols, type FormulaNode } from '../../../src/lib/formula/formula-ast';
import { parseFormula } from '../../../src/lib/formula/parse-formula';
import { Random } from '../../../src/lib/sim/random';

/** a, b, c are positive (so log, sqrt and fractional powers stay real); n may be negative. */
const NAMES = ['a', 'b', 'c', 'n'] as const;
type Name = (typeof NAMES)[number];
type Scope = Record<Name, number>;

function parsed(source: string): { ast: FormulaNode; symbols: string[] } {
  const r = parseFormula(source, new Set(NAMES));
  if (!r.ok) throw new Error(`${source}: ${r.errors.map((e) => e.message).join('; ')}`);
  return r;
}

/** Compile against the formula's own symbol order, and evaluate with a scope. */
function ours(source: string): (scope: Scope) => number {
  const { ast, symbols } = parsed(source);
  const f = compileFormula(ast, (name) => symbols.indexOf(name));
  return (scope) => f(Float64Array.from(symbols, (s) => scope[s as Name]));
}

/** mathjs's own evaluation, with booleans turned into 1/0 as ours does. */
function theirs(source: string, scope: Scope): number {
  const v: unknown = evaluate(source, { ...scope });
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'number') throw new Error(`mathjs gave a ${typeof v} for ${source}`);
  return v;
}

const EXPRESSIONS = [
  'a + b * c',
  '(a + b) * c',
  'a - b - c',
  'a / b / c',
  'a ^ 2 + b ^ 0.5',
  '-a ^ 2',
  'a ^ -b',
  '2 ^ 3 ^ 0.5',
  '2a + 3(b - c)',
  'n * -a',
  '+n',
  'a < b',
  'a > b',
  'a <= n',
  'a >= b',
  'a == a',
  'a != b',
  'a < b and b < c',
  'a < b or n > 0',
  'not (a < b)',
  'not n',
  'a > b ? a - b : b - a',
  'n > 0 ? (a > b ? 1 : 2) : 3',
  'n ? a : b',
  'min(a, b, c, n)',
  'max(a, n)',
  'min(a)',
  'abs(n)',
  'round(n)',
  'round(a * 10) / 10',
  'floor(n)',
  'ceil(n)',
  'exp(n / 5)',
  'log(a) + log(b * c)',
  'sqrt(a * b)',
  '1e3 * a + 0.5',
  'a * (n < 0) + b * (n >= 0)',
  '(a > b) + (b > c) + (c > a)',
  'max(a, b) - min(a, b) + abs(a - b) / 2',
  'c * (1 - exp(-a * 0.1)) / (a ? a : 1)',
];

function randomScopes(count: number): Scope[] {
  const rng = new Random(20240601);
  rng.setIteration(0);
  rng.setStream(1);
  return Array.from({ length: count }, () => ({
    a: 0.1 + 9.9 * rng.uniform(),
    b: 0.1 + 9.9 * rng.uniform(),
    c: 0.1 + 9.9 * rng.uniform(),
    n: -10 + 20 * rng.uniform(),
  }));
}

/** Equal, or both NaN. */
const same = (x: number, y: number): boolean => x === y || (Number.isNaN(x) && Number.isNaN(y));

describe('compileFormula', () => {
  const scopes = randomScopes(50);

  for (const source of EXPRESSIONS) {
    it(`compileFormula agrees with mathjs's evaluate on ${source}`, () => {
      const f = ours(source);
      for (const scope of scopes) {
        const want = theirs(source, scope);
        const got = f(scope);
        expect(same(got, want), `${source} at ${JSON.stringify(scope)}: ours ${got}, mathjs ${want}`).toBe(
          true,
        );
      }
    });
  }

  it('compileFormula rounds halves away from zero, as mathjs does', () => {
    const f = ours('round(n)');
    for (const n of [-3.5, -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5, -0.4, 0.4, -2.6, 2.6]) {
      const scope = { a: 1, b: 1, c: 1, n };
      expect(f(scope)).toBe(theirs('round(n)', scope));
      expect(Math.abs(f(scope))).toBe(Math.round(Math.abs(n)));
    }
  });

  it('compileFormula turns comparisons, and, or and not into 1 and 0', () => {
    const at = (source: string, n: number) => ours(source)({ a: 2, b: 3, c: 4, n });
    expect(at('a < b', 0)).toBe(1);
    expect(at('a > b', 0)).toBe(0);
    expect(at('a == 2', 0)).toBe(1);
    expect(at('a != 2', 0)).toBe(0);
    expect(at('a and n', 5)).toBe(1);
    expect(at('a and n', 0)).toBe(0);
    expect(at('n or 0', 0)).toBe(0);
    expect(at('n or a', 0)).toBe(1);
    expect(at('not n', 0)).toBe(1);
    expect(at('not n', -1)).toBe(0);
  });

  it('compileFormula treats NaN as false in conditions, as mathjs does', () => {
    const scope = { a: 2, b: 3, c: 4, n: NaN };
    for (const source of ['n ? a : b', 'not n', 'n and a', 'n or 0', 'n == n', 'n != n']) {
      expect(ours(source)(scope), source).toBe(theirs(source, scope));
    }
  });

  it('compileFormula reads each symbol from its index in the values array', () => {
    const { ast } = parsed('a - 10 * b');
    const order = ['x', 'b', 'y', 'a'];
    const f = compileFormula(ast, (name) => order.indexOf(name));
    expect(f(Float64Array.from([0, 2, 0, 100]))).toBe(80);
    expect(formulaSymbols(ast)).toEqual(['a', 'b']);
  });

  it('compileFormula throws for a symbol it cannot resolve', () => {
    const { ast } = parsed('a + b');
    expect(() => compileFormula(ast, (name) => (name === 'a' ? 0 : -1))).toThrow(/unresolved symbol b/);
  });

  it('compileFormula evaluates a hand-built tree without mathjs', () => {
    const ast: FormulaNode = {
      kind: 'conditional',
      test: {
        kind: 'binary',
        op: '>=',
        left: { kind: 'symbol', name: 'q' },
        right: { kind: 'number', value: 1 },
      },
      then: {
        kind: 'call',
        fn: 'max',
        args: [
          { kind: 'number', value: 3 },
          { kind: 'symbol', name: 'q' },
        ],
      },
      else: {
        kind: 'unary',
        op: '-',
        arg: { kind: 'call', fn: 'sqrt', args: [{ kind: 'number', value: 4 }] },
      },
    };
    const f = compileFormula(ast, () => 0);
    expect(f(Float64Array.of(5))).toBe(5);
    expect(f(Float64Array.of(2))).toBe(3);
    expect(f(Float64Array.of(0))).toBe(-2);
  });

  it('compileFormula gives NaN, not a complex number, for the square root or log of a negative', () => {
    const scope = { a: 1, b: 1, c: 1, n: -4 };
    expect(ours('sqrt(n)')(scope)).toBeNaN();
    expect(ours('log(n)')(scope)).toBeNaN();
    expect(ours('n ^ 0.5')(scope)).toBeNaN();
  });
});
