import { z } from 'zod';
import { formatPath, type Problem } from '../model/problem';
import { schemaProblems } from '../model/validate-scenario';

/**
 * A zod error on an imported document as problems a person can act on: every unknown field on
 * its own line with its path (not "Unrecognized keys" at the parent), and zod's bare "Invalid
 * input" of a number field explained by what the file holds there (text in quotes, an object
 * that is no distribution). Everything else as the model's validation words it.
 */
export function importSchemaProblems(document: unknown, error: z.ZodError): Problem[] {
  const unknown: Problem[] = [];
  const rest: z.core.$ZodIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        unknown.push({
          path: formatPath([...issue.path, key]),
          code: 'schema',
          message: `unknown field "${key}": not part of the PathCost format (check its spelling, or remove it)`,
          severity: 'error',
        });
      }
    } else rest.push(issue);
  }
  const others = rest.length ? schemaProblems(new z.ZodError(rest)) : [];
  return [...unknown, ...others.map((p) => explain(document, p))];
}

function explain(document: unknown, p: Problem): Problem {
  if (p.message !== 'Invalid input') return p;
  const value = valueAt(document, p.path);
  let message: string | null = null;
  if (typeof value === 'string') {
    message = Number.isFinite(Number(value))
      ? `is the text "${value}", not a number: write the number without quotes`
      : `is the text "${value}": expected a number, a distribution ({"dist": ...}) or a formula ({"formula": ...})`;
  } else if (typeof value === 'boolean' || value === null) {
    message = `is ${String(value)}: expected a number, a distribution or a formula`;
  } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    message =
      'expected a number, a distribution ({"dist": ..., with its parameters}) or a formula ({"formula": ...})';
  }
  return message ? { ...p, message } : p;
}

/** The value at a formatted path such as `paths.pilot.steps[0].probability`. */
export function valueAt(document: unknown, path: string): unknown {
  if (path === '(document)') return document;
  let cur: unknown = document;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (cur === null || typeof cur !== 'object') return undefined;
    const key = Array.isArray(cur) && /^\d+$/.test(part) ? Number(part) : part;
    if (!Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}
