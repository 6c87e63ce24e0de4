import type { FormulaNode } from '../formula/formula-ast';
import { parseFormula } from '../formula/parse-formula';

/** A piece of formula text: a name, a number, a quoted string, or anything else (operators, spaces). */
interface Token {
  kind: 'name' | 'number' | 'string' | 'other';
  text: string;
}

// mathjs reads names as letters (including accented ones), digits, _ and $, not starting with a digit.
const NAME =
  /^[A-Za-z_$\u00C0-\u02AF\u0370-\u03FF\u2100-\u214F][A-Za-z0-9_$\u00C0-\u02AF\u0370-\u03FF\u2100-\u214F]*/;
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const STRING = /^(?:"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?)/;

/** Split formula text into tokens, so that a name is only ever matched whole. */
export function formulaTokens(text: string): Token[] {
  const out: Token[] = [];
  let rest = text;
  while (rest) {
    const m = (NUMBER.exec(rest) && { kind: 'number' as const, text: NUMBER.exec(rest)![0] }) ||
      (NAME.exec(rest) && { kind: 'name' as const, text: NAME.exec(rest)![0] }) ||
      (STRING.exec(rest) && { kind: 'string' as const, text: STRING.exec(rest)![0] }) || {
        kind: 'other' as const,
        text: rest[0]!,
      };
    out.push(m);
    rest = rest.slice(m.text.length);
  }
  return out;
}

/** Every name the text uses as a symbol or function (so that parsing does not stop at unknown names). */
function namesIn(tokens: Token[]): Set<string> {
  return new Set(tokens.filter((t) => t.kind === 'name').map((t) => t.text));
}

function renamed(node: FormulaNode, from: string, to: string): FormulaNode {
  switch (node.kind) {
    case 'number':
      return node;
    case 'symbol':
      return node.name === from ? { kind: 'symbol', name: to } : node;
    case 'unary':
      return { ...node, arg: renamed(node.arg, from, to) };
    case 'binary':
      return { ...node, left: renamed(node.left, from, to), right: renamed(node.right, from, to) };
    case 'call':
      return { ...node, args: node.args.map((a) => renamed(a, from, to)) };
    case 'conditional':
      return {
        ...node,
        test: renamed(node.test, from, to),
        then: renamed(node.then, from, to),
        else: renamed(node.else, from, to),
      };
  }
}

/**
 * The formula with the symbol `from` renamed to `to`, keeping the user's spacing and
 * parentheses: only whole name tokens are replaced (never text inside another name, a number
 * such as `1e5`, or a quoted string), and not a function name (`min(`). When the formula parses
 * (with the project's restricted parser), the result must parse to the same tree with the symbol
 * renamed, else the text is left as it was and `null` returned. A formula that does not parse is
 * renamed token by token (it is broken already; the name still follows the parameter).
 */
export function renameSymbol(formula: string, from: string, to: string): string | null {
  const tokens = formulaTokens(formula);
  let changed = false;
  const out = tokens.map((t, i) => {
    if (t.kind !== 'name' || t.text !== from) return t.text;
    const next = tokens.slice(i + 1).find((x) => !/^\s$/.test(x.text));
    if (next?.text === '(') return t.text; // a function call, not the parameter
    changed = true;
    return to;
  });
  if (!changed) return formula;
  const text = out.join('');
  const before = parseFormula(formula, namesIn(tokens));
  if (!before.ok) return text;
  const after = parseFormula(text, namesIn(formulaTokens(text)));
  if (!after.ok || JSON.stringify(after.ast) !== JSON.stringify(renamed(before.ast, from, to))) return null;
  return text;
}
