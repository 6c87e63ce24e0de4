/** The small expression language user formulas compile to (a restricted subset of mathjs). */
export type FormulaNode =
  | { kind: 'number'; value: number }
  | { kind: 'symbol'; name: string }
  | { kind: 'unary'; op: '-' | '+' | 'not'; arg: FormulaNode }
  | { kind: 'binary'; op: BinaryOp; left: FormulaNode; right: FormulaNode }
  | { kind: 'call'; fn: AllowedFunction; args: FormulaNode[] }
  | { kind: 'conditional'; test: FormulaNode; then: FormulaNode; else: FormulaNode };

export type BinaryOp = '+' | '-' | '*' | '/' | '^' | '<' | '>' | '<=' | '>=' | '==' | '!=' | 'and' | 'or';

/** Functions a formula may call, with their allowed argument counts. */
export const ALLOWED_FUNCTIONS = {
  min: [1, 20],
  max: [1, 20],
  abs: [1, 1],
  round: [1, 1],
  floor: [1, 1],
  ceil: [1, 1],
  exp: [1, 1],
  log: [1, 1],
  sqrt: [1, 1],
} as const satisfies Record<string, readonly [number, number]>;
export type AllowedFunction = keyof typeof ALLOWED_FUNCTIONS;

export const FORMULA_LIMITS = { maxLength: 1000, maxNodes: 200, maxDepth: 30 } as const;

/** Names of the symbols a formula reads, in first-use order. */
export function formulaSymbols(node: FormulaNode, out: string[] = []): string[] {
  switch (node.kind) {
    case 'number':
      break;
    case 'symbol':
      if (!out.includes(node.name)) out.push(node.name);
      break;
    case 'unary':
      formulaSymbols(node.arg, out);
      break;
    case 'binary':
      formulaSymbols(node.left, out);
      formulaSymbols(node.right, out);
      break;
    case 'call':
      for (const a of node.args) formulaSymbols(a, out);
      break;
    case 'conditional':
      formulaSymbols(node.test, out);
      formulaSymbols(node.then, out);
      formulaSymbols(node.else, out);
      break;
  }
  return out;
}
