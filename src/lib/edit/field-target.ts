import type { Problem } from '../model/problem';

/** Where the editor shows a problem: the field it is about and the forms that must be open. */
export interface FieldTarget {
  /** Document path of the field that shows the message, e.g. `paths.pilot.steps[2].probability`. */
  field: string;
  /** Id of the element to focus for that field (see `fieldElementId`). */
  elementId: string;
  /**
   * Document paths of the collapsible items (events, steps, parameters) that hold the field,
   * outermost first: they must be open for the field to be seen.
   */
  owners: string[];
}

type Segment = string | number;

/** `paths.pilot.steps[2].label` -> ['paths', 'pilot', 'steps', 2, 'label']. */
export function pathSegments(path: string): Segment[] {
  const out: Segment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/**
 * The id of the element that edits a field: `ed-` and the document path with `.` and brackets
 * turned into `-` (`paths.pilot.steps[2].label` -> `ed-paths-pilot-steps-2-label`). Settings
 * live in the settings panel, whose inputs have their own ids.
 */
export function fieldElementId(field: string): string {
  if (field.startsWith('settings.')) return SETTINGS_IDS[field.slice(9)] ?? 'settings-heading';
  return `ed-${field.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-')}`;
}

const SETTINGS_IDS: Record<string, string> = {
  iterations: 'iterations',
  seed: 'seed',
  horizonMonths: 'horizonMonths',
  shortTermMonths: 'shortTermMonths',
  discountRate: 'customRatePercent',
};

const STEP_QUANTITIES = new Set([
  'start',
  'duration',
  'oneOffCost',
  'monthlyCost',
  'hoursPerMonth',
  'hourlyRate',
  'probability',
]);
const STEP_PLAIN = new Set(['label', 'provider', 'payer', 'members', 'ignoreAgeLimit', 'source', 'note']);
const EVENT_FIELDS = new Set([
  'label',
  'kind',
  'probability',
  'onset',
  'after',
  'duration',
  'ends',
  'source',
  'note',
]);
const PARAMETER_FIELDS = new Set(['id', 'label', 'value', 'unit', 'source', 'year', 'assumption', 'note']);
const MEMBER_FIELDS = new Set(['label', 'role', 'ageAtStart']);

const join = (base: string, s: Segment) => (typeof s === 'number' ? `${base}[${s}]` : `${base}.${s}`);

function target(field: string, owners: string[]): FieldTarget {
  return { field, elementId: fieldElementId(field), owners };
}

function step(base: string, rest: Segment[], owners: string[]): FieldTarget {
  const own = [...owners, base];
  const [f, g] = rest;
  if (typeof f === 'string' && (STEP_QUANTITIES.has(f) || STEP_PLAIN.has(f)))
    return target(join(base, f), own);
  if (f === 'price') {
    const sub = g === 'units' || g === 'unitPrice' || g === 'basis' ? `.${g}` : '';
    return target(`${base}.price${sub}`, own);
  }
  return target(`${base}.label`, own); // the id, or the step as a whole
}

function event(base: string, rest: Segment[], owners: string[]): FieldTarget {
  const own = [...owners, base];
  const [f, i] = rest;
  if (f === 'consequences' && typeof i === 'number')
    return step(`${base}.consequences[${i}]`, rest.slice(2), own);
  if (typeof f === 'string' && EVENT_FIELDS.has(f)) return target(join(base, f), own);
  return target(`${base}.label`, own);
}

function holder(base: string, rest: Segment[], owners: string[]): FieldTarget | null {
  const [f, i] = rest;
  if (f === 'steps' && typeof i === 'number') return step(`${base}.steps[${i}]`, rest.slice(2), owners);
  if (f === 'events' && typeof i === 'number') return event(`${base}.events[${i}]`, rest.slice(2), owners);
  return null;
}

function branch(base: string, rest: Segment[]): FieldTarget {
  const inner = holder(base, rest, []);
  if (inner) return inner;
  const f = rest[0];
  if (f === 'probability' || f === 'label' || f === 'note') return target(`${base}.${f}`, []);
  return target(`${base}.label`, []);
}

/**
 * The field of the editor that shows a problem with this document path (the same paths as
 * import and the command line report), or null when the editor has no field for it (payers,
 * the document as a whole). Deeper paths go to the field that edits them: a formula's or a
 * distribution's parts to its number field, a payer share to the payer, an id to the label.
 */
export function fieldTarget(problemPath: string): FieldTarget | null {
  const segs = pathSegments(problemPath);
  const [a, b, c, d] = segs;
  if (a === 'settings' && typeof b === 'string') return target(`settings.${b}`, []);
  if (a === 'paths' && (b === 'pilot' || b === 'reference')) {
    const base = `paths.${b}`;
    if (c === 'branches') {
      if (typeof d === 'number') return branch(`${base}.branches[${d}]`, segs.slice(4));
      return target(`${base}.branches`, []);
    }
    return holder(base, segs.slice(2), []);
  }
  if (a === 'parameters' && typeof b === 'number') {
    const base = `parameters[${b}]`;
    const field = typeof c === 'string' && PARAMETER_FIELDS.has(c) ? c : 'id';
    return target(`${base}.${field}`, [base]);
  }
  if (a === 'members' && typeof b === 'number') {
    const field = typeof c === 'string' && MEMBER_FIELDS.has(c) ? c : 'label';
    return target(`members[${b}].${field}`, []);
  }
  return null;
}

/** A scenario's problems arranged for the editor: by field, and how many each item holds. */
export interface ProblemIndex {
  byField: Map<string, Problem[]>;
  /** Problems per collapsible item (its document path), counting those of the items inside it. */
  countByOwner: Map<string, number>;
  /** Each problem with where it shows (null: no field in the editor). */
  located: Array<{ problem: Problem; target: FieldTarget | null }>;
}

export function indexProblems(problems: readonly Problem[]): ProblemIndex {
  const byField = new Map<string, Problem[]>();
  const countByOwner = new Map<string, number>();
  const located = problems.map((problem) => ({ problem, target: fieldTarget(problem.path) }));
  for (const { problem, target: t } of located) {
    if (!t) continue;
    byField.set(t.field, [...(byField.get(t.field) ?? []), problem]);
    for (const o of t.owners) countByOwner.set(o, (countByOwner.get(o) ?? 0) + 1);
  }
  return { byField, countByOwner, located };
}
