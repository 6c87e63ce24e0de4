import { describe, expect, it } from 'vitest';
import { parseFormula, type FormulaError } from '../../../src/lib/formula/parse-formula';
import { ALLOWED_FUNCTIONS, FORMULA_LIMITS, type FormulaNode } from '../../../src/lib/formula/formula-ast';

const NAMES: ReadonlySet<string> = new Set(['x', 'y', 'z', 'cost', 'p_visit', 'months']);

function astOf(source: string): FormulaNode {
  const r = parseFormula(source, NAMES);
  if (!r.ok) throw new Error(`${source}: ${r.errors.map((e) => e.message).join('; ')}`);
  return r.ast;
}

function errorsOf(source: string): FormulaError[] {
  const r = parseFormula(source, NAMES);
  if (r.ok) throw new Error(`expected ${JSON.stringify(source)} to be rejected`);
  return r.errors;
}

const sym = (name: string): FormulaNode => ({ kind: 'symbol', name });
const num = (value: number): FormulaNode => ({ kind: 'number', value });

/** min(min(x, ..., x), ...) with the given number of x in each inner call: 1 + sum(1 + count) nodes. */
const nestedMins = (counts: number[]): string =>
  `min(${counts.map((k) => `min(${new Array<string>(k).fill('x').join(',')})`).join(',')})`;
const nodesOfNestedMins = (counts: number[]): number => 1 + counts.reduce((s, k) => s + 1 + k, 0);

describe('parseFormula accepts', () => {
  it('parseFormula accepts arithmetic with the usual precedence', () => {
    expect(astOf('x + y * 2')).toEqual({
      kind: 'binary',
      op: '+',
      left: sym('x'),
      right: { kind: 'binary', op: '*', left: sym('y'), right: num(2) },
    });
    expect(astOf('(x - y) / z ^ 2')).toEqual({
      kind: 'binary',
      op: '/',
      left: { kind: 'binary', op: '-', left: sym('x'), right: sym('y') },
      right: { kind: 'binary', op: '^', left: sym('z'), right: num(2) },
    });
  });

  it('parseFormula accepts unary minus, unary plus and not', () => {
    expect(astOf('-x')).toEqual({ kind: 'unary', op: '-', arg: sym('x') });
    expect(astOf('+x')).toEqual({ kind: 'unary', op: '+', arg: sym('x') });
    expect(astOf('not x')).toEqual({ kind: 'unary', op: 'not', arg: sym('x') });
  });

  it('parseFormula accepts implicit multiplication as *', () => {
    expect(astOf('2 months')).toEqual({ kind: 'binary', op: '*', left: num(2), right: sym('months') });
    expect(astOf('(x)(y)')).toEqual({ kind: 'binary', op: '*', left: sym('x'), right: sym('y') });
  });

  it('parseFormula accepts every comparison and and/or', () => {
    for (const op of ['<', '>', '<=', '>=', '==', '!='] as const) {
      expect(astOf(`x ${op} y`)).toEqual({ kind: 'binary', op, left: sym('x'), right: sym('y') });
    }
    expect(astOf('x > 0 and y < 1 or z == 2')).toEqual({
      kind: 'binary',
      op: 'or',
      left: {
        kind: 'binary',
        op: 'and',
        left: { kind: 'binary', op: '>', left: sym('x'), right: num(0) },
        right: { kind: 'binary', op: '<', left: sym('y'), right: num(1) },
      },
      right: { kind: 'binary', op: '==', left: sym('z'), right: num(2) },
    });
  });

  it('parseFormula accepts conditionals, nested ones included', () => {
    expect(astOf('x > 1 ? y : z')).toEqual({
      kind: 'conditional',
      test: { kind: 'binary', op: '>', left: sym('x'), right: num(1) },
      then: sym('y'),
      else: sym('z'),
    });
    expect(astOf('x ? y : z ? 1 : 2')).toEqual({
      kind: 'conditional',
      test: sym('x'),
      then: sym('y'),
      else: { kind: 'conditional', test: sym('z'), then: num(1), else: num(2) },
    });
  });

  it('parseFormula accepts every allowed function with an allowed number of arguments', () => {
    for (const [fn, [lo, hi]] of Object.entries(ALLOWED_FUNCTIONS)) {
      for (const count of new Set([lo, hi])) {
        const args = Array.from({ length: count }, (_, i) => `x + ${i}`);
        const ast = astOf(`${fn}(${args.join(', ')})`);
        expect(ast.kind).toBe('call');
        if (ast.kind === 'call') {
          expect(ast.fn).toBe(fn);
          expect(ast.args).toHaveLength(count);
        }
      }
    }
  });

  it('parseFormula accepts number literals in decimal, exponent and hexadecimal form', () => {
    expect(astOf('1.5e3')).toEqual(num(1500));
    expect(astOf('.25')).toEqual(num(0.25));
    expect(astOf('0x10')).toEqual(num(16));
  });

  it('parseFormula drops parentheses from the tree', () => {
    expect(astOf('((x))')).toEqual(sym('x'));
  });

  it('parseFormula lists the symbols in first-use order, once each', () => {
    const r = parseFormula('cost * months + p_visit * cost - months', NAMES);
    expect(r.ok && r.symbols).toEqual(['cost', 'months', 'p_visit']);
    const none = parseFormula('1 + 2', NAMES);
    expect(none.ok && none.symbols).toEqual([]);
  });

  it('parseFormula accepts a formula of exactly the maximum length', () => {
    const source = `${' '.repeat(FORMULA_LIMITS.maxLength - 1)}x`;
    expect(source).toHaveLength(FORMULA_LIMITS.maxLength);
    expect(astOf(source)).toEqual(sym('x'));
  });

  it('parseFormula accepts nesting down to the maximum depth', () => {
    const d = FORMULA_LIMITS.maxDepth;
    expect(astOf(`${'('.repeat(d)}x${')'.repeat(d)}`)).toEqual(sym('x'));
  });

  it('parseFormula accepts a formula of exactly the maximum number of parts', () => {
    // 19 inner calls holding 180 x: 1 + 19 + 180 = 200 nodes.
    const counts = [...new Array<number>(9).fill(10), ...new Array<number>(10).fill(9)];
    expect(nodesOfNestedMins(counts)).toBe(FORMULA_LIMITS.maxNodes);
    expect(parseFormula(nestedMins(counts), NAMES).ok).toBe(true);
  });
});

describe('parseFormula rejects', () => {
  const rejected: [string, string, FormulaError['code'], RegExp][] = [
    ['an unknown name', 'x + foo', 'unknown-name', /unknown name "foo"/],
    ['a mathjs constant that is not a known name', 'pi * x', 'unknown-name', /unknown name "pi"/],
    ['a unit', '5 cm', 'unknown-name', /unknown name "cm"/],
    ['import', 'import({}, {})', 'disallowed', /calls "import", which is not allowed/],
    ['evaluate', 'evaluate("1 + 1")', 'disallowed', /calls "evaluate"/],
    ['createUnit', 'createUnit("foo")', 'disallowed', /calls "createUnit"/],
    ['parse', 'parse("x")', 'disallowed', /calls "parse"/],
    ['compile', 'compile("x")', 'disallowed', /calls "compile"/],
    ['simplify', 'simplify(x)', 'disallowed', /calls "simplify"/],
    ['a mathjs function outside the allow-list', 'sin(x)', 'disallowed', /calls "sin"/],
    ['a call of a known name', 'x(2)', 'disallowed', /calls "x"/],
    ['a call of an accessor', 'x.y(1)', 'disallowed', /calls "\?"/],
    ['an assignment', 'x = 1', 'disallowed', /assignment/],
    ['a function definition', 'f(t) = t + 1', 'disallowed', /function definition/],
    ['an array', '[1, 2]', 'disallowed', /array/],
    ['a matrix', '[1, 2; 3, 4]', 'disallowed', /array/],
    ['an object', '{a: 1}', 'disallowed', /object/],
    ['a string', '"abc"', 'disallowed', /may only contain numbers/],
    ['a boolean literal', 'true', 'disallowed', /may only contain numbers/],
    ['null', 'null', 'disallowed', /may only contain numbers/],
    ['a number that overflows to Infinity', '1e400', 'disallowed', /may only contain numbers/],
    ['property access', 'x.y', 'disallowed', /index or property access/],
    ['index access', 'x[1]', 'disallowed', /index or property access/],
    ['a constructor lookup', 'x["constructor"]', 'disallowed', /index or property access/],
    ['a range', '1:3', 'disallowed', /range/],
    ['several statements', 'x; y', 'disallowed', /several statements/],
    ['a chained comparison', 'x < y < z', 'disallowed', /RelationalNode/],
    ['the factorial operator', 'x!', 'disallowed', /operator "!"/],
    ['mod', 'x mod y', 'disallowed', /operator "mod"/],
    ['xor', 'x xor y', 'disallowed', /operator "xor"/],
    ['a bitwise operator', 'x & y', 'disallowed', /operator "&"/],
    ['transpose', "x'", 'disallowed', /operator "'"/],
    ['too few arguments', 'min()', 'disallowed', /calls min with 0 argument\(s\); it takes 1 to 20/],
    [
      'too many arguments',
      `max(${new Array<string>(21).fill('x').join(', ')})`,
      'disallowed',
      /calls max with 21 argument\(s\); it takes 1 to 20/,
    ],
    ['two arguments to sqrt', 'sqrt(x, y)', 'disallowed', /calls sqrt with 2 argument\(s\); it takes 1$/],
    ['a syntax error', 'x +', 'syntax', /does not parse/],
    ['an unfinished conditional', 'x ?', 'syntax', /does not parse/],
    ['a stray character', 'x @ y', 'syntax', /does not parse/],
  ];

  for (const [what, source, code, message] of rejected) {
    it(`parseFormula rejects ${what}: ${source}`, () => {
      const errors = errorsOf(source);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.code).toBe(code);
      expect(errors[0]!.message).toMatch(message);
    });
  }

  it('parseFormula rejects a formula longer than 1000 characters without parsing it', () => {
    const source = `${' '.repeat(FORMULA_LIMITS.maxLength)}x`;
    expect(errorsOf(source)).toEqual([{ code: 'too-long', message: 'is longer than 1000 characters' }]);
    // Even one that would not parse is reported only as too long.
    expect(errorsOf('('.repeat(1001))).toEqual([
      { code: 'too-long', message: 'is longer than 1000 characters' },
    ]);
  });

  it('parseFormula rejects parentheses nested deeper than the limit', () => {
    const d = FORMULA_LIMITS.maxDepth + 1;
    expect(errorsOf(`${'('.repeat(d)}x${')'.repeat(d)}`)).toEqual([
      { code: 'too-complex', message: 'is nested deeper than 30' },
    ]);
  });

  it('parseFormula rejects a long left-nested sum as too deep', () => {
    // x + x + ... parses as ((x + x) + x) + ..., so 31 additions nest the first x 31 deep.
    expect(astOf(`x${' + x'.repeat(30)}`).kind).toBe('binary');
    expect(errorsOf(`x${' + x'.repeat(31)}`).map((e) => e.code)).toEqual(['too-complex']);
  });

  it('parseFormula rejects more than the maximum number of parts', () => {
    const counts = [...new Array<number>(10).fill(10), ...new Array<number>(9).fill(9)];
    expect(nodesOfNestedMins(counts)).toBe(FORMULA_LIMITS.maxNodes + 1);
    expect(errorsOf(nestedMins(counts))).toEqual([
      { code: 'too-complex', message: 'has more than 200 parts' },
    ]);
    const many = new Array<number>(20).fill(20);
    expect(nestedMins(many).length).toBeLessThanOrEqual(FORMULA_LIMITS.maxLength);
    expect(errorsOf(nestedMins(many))).toEqual([{ code: 'too-complex', message: 'has more than 200 parts' }]);
  });

  it('parseFormula reports every problem of a formula, each once', () => {
    const errors = errorsOf('foo + import(1) + [1] + foo + bar + sin(x)');
    expect(errors.map((e) => e.code)).toEqual([
      'unknown-name',
      'disallowed',
      'disallowed',
      'unknown-name',
      'disallowed',
    ]);
    expect(errors[0]!.message).toMatch(/"foo"/);
    expect(errors[1]!.message).toMatch(/"import"/);
    expect(errors[2]!.message).toMatch(/array/);
    expect(errors[3]!.message).toMatch(/"bar"/);
    expect(errors[4]!.message).toMatch(/"sin"/);
  });

  it('parseFormula reports depth and size problems together with the others', () => {
    const deep = `${'('.repeat(31)}foo${')'.repeat(31)}`;
    const codes = errorsOf(`${deep} + bar`).map((e) => e.code);
    expect(codes).toEqual(['unknown-name', 'too-complex']);
  });

  it('parseFormula does not accept a name that is not in the known set, even an allowed function name', () => {
    expect(errorsOf('min')[0]!.code).toBe('unknown-name');
    expect(parseFormula('min', new Set(['min'])).ok).toBe(true);
  });
});
