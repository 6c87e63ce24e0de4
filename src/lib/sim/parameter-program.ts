import type { Parameter } from '../model/parameter';
import { isFormula } from '../model/quantity';
import { parseFormula } from '../formula/parse-formula';
import { QuantityCompiler, type Slot } from './quantity-compiler';
import { streamKeyOf } from './random';

/** Parameters in dependency order, ready to be sampled once per iteration. */
export interface ParameterProgram {
  ids: string[];
  index: Map<string, number>;
  /** Evaluation order (indices into ids). */
  order: number[];
  slots: Slot[];
  streamKeys: Int32Array;
}

/**
 * Order parameters so that every formula comes after the parameters it reads. Returns the
 * order, or the ids on a cycle. Unknown names are ignored here (validation reports them).
 */
export function orderParameters(params: readonly Parameter[]): { order: number[] } | { cycle: string[] } {
  const index = new Map(params.map((p, i) => [p.id, i]));
  const names = new Set(index.keys());
  const deps = params.map((p) => {
    if (!isFormula(p.value)) return [];
    const parsed = parseFormula(p.value.formula, names);
    return parsed.ok ? parsed.symbols.map((s) => index.get(s)!) : [];
  });
  const state = new Uint8Array(params.length); // 0 new, 1 on stack, 2 done
  const order: number[] = [];
  const stack: number[] = [];
  const visit = (i: number): string[] | null => {
    if (state[i] === 2) return null;
    if (state[i] === 1) return [...stack.slice(stack.indexOf(i)), i].map((k) => params[k]!.id);
    state[i] = 1;
    stack.push(i);
    for (const d of deps[i]!) {
      const c = visit(d);
      if (c) return c;
    }
    stack.pop();
    state[i] = 2;
    order.push(i);
    return null;
  };
  for (let i = 0; i < params.length; i++) {
    const cycle = visit(i);
    if (cycle) return { cycle };
  }
  return { order };
}

export function compileParameters(
  params: readonly Parameter[],
  compiler: QuantityCompiler,
): ParameterProgram {
  const ordered = orderParameters(params);
  if ('cycle' in ordered) throw new Error(`parameter cycle: ${ordered.cycle.join(' -> ')}`);
  return {
    ids: params.map((p) => p.id),
    index: new Map(params.map((p, i) => [p.id, i])),
    order: ordered.order,
    slots: params.map((p) => compiler.compile(p.value)),
    streamKeys: Int32Array.from(params, (p) => streamKeyOf(`parameter:${p.id}`)),
  };
}

/** Index map for a parameter list (shared by the compiler and the program). */
export function parameterIndex(params: readonly Parameter[]): Map<string, number> {
  return new Map(params.map((p, i) => [p.id, i]));
}
