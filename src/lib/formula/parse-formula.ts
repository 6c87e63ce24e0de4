import { create, parseDependencies, type MathNode } from 'mathjs';
import {
  ALLOWED_FUNCTIONS,
  FORMULA_LIMITS,
  type AllowedFunction,
  type BinaryOp,
  type FormulaNode,
} from './formula-ast';

/**
 * A private mathjs instance that can only parse. Functions that could reach outside the
 * expression (import, createUnit, evaluate, ...) are not created by parseDependencies; the
 * ones that are get replaced so nothing can call them.
 */
const math = create({ parseDependencies: parseDependencies as NonNullable<typeof parseDependencies> });
const parse: (source: string) => MathNode = math.parse.bind(math);
{
  const refuse = () => {
    throw new Error('disabled in PathCost formulas');
  };
  const importFn = (math as unknown as { import?: (o: object, opts: object) => void }).import;
  importFn?.call(
    math,
    {
      import: refuse,
      createUnit: refuse,
      reviver: refuse,
      evaluate: refuse,
      simplify: refuse,
      derivative: refuse,
      resolve: refuse,
      compile: refuse,
    },
    { override: true },
  );
}

export type FormulaErrorCode = 'syntax' | 'too-long' | 'too-complex' | 'disallowed' | 'unknown-name';

export interface FormulaError {
  code: FormulaErrorCode;
  message: string;
}

export type ParsedFormula =
  { ok: true; ast: FormulaNode; symbols: string[] } | { ok: false; errors: FormulaError[] };

const SYNTAX_NAMES: Record<string, string> = {
  ArrayNode: 'an array',
  AssignmentNode: 'an assignment',
  FunctionAssignmentNode: 'a function definition',
  AccessorNode: 'an index or property access',
  IndexNode: 'an index',
  ObjectNode: 'an object',
  RangeNode: 'a range',
  BlockNode: 'several statements',
  RelationalNode: 'a chained comparison (RelationalNode)',
};

const OPERATORS: Record<string, BinaryOp> = {
  add: '+',
  subtract: '-',
  multiply: '*',
  divide: '/',
  pow: '^',
  smaller: '<',
  larger: '>',
  smallerEq: '<=',
  largerEq: '>=',
  equal: '==',
  unequal: '!=',
  and: 'and',
  or: 'or',
};

/**
 * Parse a user formula with mathjs and convert it to a FormulaNode, accepting only numbers,
 * the given names, + - * / ^, comparisons, and/or/not, parentheses, a ? b : c and the
 * allow-listed functions. Every problem is reported; nothing is evaluated here.
 */
export function parseFormula(source: string, knownNames: ReadonlySet<string>): ParsedFormula {
  if (source.length > FORMULA_LIMITS.maxLength) {
    return {
      ok: false,
      errors: [{ code: 'too-long', message: `is longer than ${FORMULA_LIMITS.maxLength} characters` }],
    };
  }
  let root: MathNode;
  try {
    root = parse(source);
  } catch (e) {
    return { ok: false, errors: [{ code: 'syntax', message: `does not parse: ${(e as Error).message}` }] };
  }
  const errors: FormulaError[] = [];
  const symbols: string[] = [];
  let count = 0;
  let tooDeep = false;

  const fail = (code: FormulaErrorCode, message: string): FormulaNode => {
    if (!errors.some((x) => x.message === message)) errors.push({ code, message });
    return { kind: 'number', value: 0 };
  };

  const convert = (node: MathNode, depth: number): FormulaNode => {
    count++;
    if (depth > FORMULA_LIMITS.maxDepth) {
      tooDeep = true;
      return { kind: 'number', value: 0 };
    }
    const n = node as MathNode & Record<string, unknown>;
    switch (node.type) {
      case 'ConstantNode': {
        const v = n.value;
        if (typeof v !== 'number' || !Number.isFinite(v))
          return fail('disallowed', 'may only contain numbers');
        return { kind: 'number', value: v };
      }
      case 'SymbolNode': {
        const name = n.name as string;
        if (!knownNames.has(name)) return fail('unknown-name', `uses the unknown name "${name}"`);
        if (!symbols.includes(name)) symbols.push(name);
        return { kind: 'symbol', name };
      }
      case 'ParenthesisNode':
        return convert(n.content as MathNode, depth + 1);
      case 'ConditionalNode':
        return {
          kind: 'conditional',
          test: convert(n.condition as MathNode, depth + 1),
          then: convert(n.trueExpr as MathNode, depth + 1),
          else: convert(n.falseExpr as MathNode, depth + 1),
        };
      case 'OperatorNode': {
        const fn = n.fn as string;
        const args = n.args as MathNode[];
        if (args.length === 1) {
          const op = fn === 'unaryMinus' ? '-' : fn === 'unaryPlus' ? '+' : fn === 'not' ? 'not' : null;
          if (!op) return fail('disallowed', `uses the operator "${String(n.op)}", which is not allowed`);
          return { kind: 'unary', op, arg: convert(args[0]!, depth + 1) };
        }
        const op = OPERATORS[fn];
        if (!op || args.length !== 2) {
          return fail('disallowed', `uses the operator "${String(n.op)}", which is not allowed`);
        }
        return {
          kind: 'binary',
          op,
          left: convert(args[0]!, depth + 1),
          right: convert(args[1]!, depth + 1),
        };
      }
      case 'FunctionNode': {
        const fnNode = n.fn as MathNode & { name?: string };
        const name = fnNode.type === 'SymbolNode' ? fnNode.name : undefined;
        if (!name || !Object.hasOwn(ALLOWED_FUNCTIONS, name)) {
          const allowed = Object.keys(ALLOWED_FUNCTIONS).join(', ');
          return fail('disallowed', `calls "${name ?? '?'}", which is not allowed (allowed: ${allowed})`);
        }
        const args = n.args as MathNode[];
        const [lo, hi] = ALLOWED_FUNCTIONS[name as AllowedFunction];
        if (args.length < lo || args.length > hi) {
          return fail(
            'disallowed',
            `calls ${name} with ${args.length} argument(s); it takes ${lo === hi ? lo : `${lo} to ${hi}`}`,
          );
        }
        return { kind: 'call', fn: name as AllowedFunction, args: args.map((a) => convert(a, depth + 1)) };
      }
      default:
        return fail('disallowed', `uses ${SYNTAX_NAMES[node.type] ?? node.type}, which is not allowed`);
    }
  };

  const ast = convert(root, 0);
  if (tooDeep)
    errors.push({ code: 'too-complex', message: `is nested deeper than ${FORMULA_LIMITS.maxDepth}` });
  if (count > FORMULA_LIMITS.maxNodes) {
    errors.push({ code: 'too-complex', message: `has more than ${FORMULA_LIMITS.maxNodes} parts` });
  }
  return errors.length ? { ok: false, errors } : { ok: true, ast, symbols };
}
