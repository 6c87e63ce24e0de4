import { formatPath, type Problem } from '../model/problem';

/**
 * Keys that could reach an object's prototype if some code copied the document carelessly
 * (bad-inputs.md I1). JSON.parse itself makes them plain own keys; the strict schema would
 * refuse them as unknown fields anyway; naming them here says why, wherever they are.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walk a parsed document (without recursion) for what no scenario may hold: prototype keys, and
 * numbers that JSON.parse turned into Infinity (`1e999`). Each is a problem at its path.
 */
export function documentHazards(document: unknown): Problem[] {
  const out: Problem[] = [];
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: document, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        out.push({
          path: formatPath(path),
          code: 'schema',
          message: 'the number is too large (it reads as infinity); give a finite number',
          severity: 'error',
        });
      }
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        if (FORBIDDEN_KEYS.has(key)) {
          out.push({
            path: formatPath([...path, key]),
            code: 'schema',
            message: `unknown field "${key}": not allowed in a PathCost file`,
            severity: 'error',
          });
        } else {
          stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
        }
      }
    }
  }
  return out;
}
