/** One thing wrong with a scenario, located by its path in the document. */
export interface Problem {
  /** e.g. `paths.reference.events[2].probability` */
  path: string;
  message: string;
  code: ProblemCode;
  severity: 'error' | 'warning';
}

export type ProblemCode =
  | 'schema'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'cycle'
  | 'branch-sum'
  | 'payer-shares'
  | 'negative-cost'
  | 'probability-range'
  | 'horizon'
  | 'distribution'
  | 'formula'
  | 'formula-value'
  | 'inconsistent';

/** Render a path given as keys and indices: ['paths', 'pilot', 'steps', 2, 'label'] -> paths.pilot.steps[2].label */
export function formatPath(parts: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(document)';
}

export function problemLine(p: Problem): string {
  return `${p.path}: ${p.message}`;
}
