import type { z } from 'zod';
import { parseFormula } from '../formula/parse-formula';
import { compileFormula } from '../formula/compile-formula';
import { orderParameters } from '../sim/parameter-program';
import { QuantityCompiler, Q_FORMULA, Q_PARAMETER } from '../sim/quantity-compiler';
import { drawFrom } from '../sim/samplers/distribution-table';
import { Random, streamKeyOf } from '../sim/random';
import { describeDistribution } from './distribution-facts';
import { formatPath, type Problem, type ProblemCode } from './problem';
import { isDistribution, isFormula, type Quantity } from './quantity';
import { eventSites, quantityFields, stepSites, type QuantityRole } from './quantity-fields';
import { scenarioSchema, type Scenario } from './scenario';
import type { Session } from './session';
import { MAX_HORIZON_MONTHS } from './settings';
import type { Step } from './step';
import type { StepPrice } from './step-price';

export type Validation =
  | { ok: true; scenario: Scenario; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings: Problem[] };

/** How many parameter draws the formula probe evaluates every formula at. */
const PROBE_DRAWS = 256;

/**
 * Validate an untrusted document: the schema first (every structural problem with its path),
 * then the cross-field rules (references, ids, cycles, sums, ranges, formulas). A scenario that
 * passes can be simulated without a NaN.
 */
export function validateScenario(input: unknown): Validation {
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error), warnings: [] };
  const problems = crossFieldProblems(parsed.data);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  return errors.length
    ? { ok: false, problems: errors, warnings }
    : { ok: true, scenario: parsed.data, warnings };
}

export function schemaProblems(error: z.ZodError): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues) {
    // A union failure: report the branch that got furthest rather than "invalid input".
    const nested = issue.code === 'invalid_union' ? bestUnionIssues(issue.errors, issue.path) : null;
    for (const i of nested ?? [{ path: issue.path, message: issue.message }]) {
      const p: Problem = { path: formatPath(i.path), message: i.message, code: 'schema', severity: 'error' };
      if (!out.some((x) => x.path === p.path && x.message === p.message)) out.push(p);
    }
  }
  return out;
}

type Issue = z.core.$ZodIssue;
function bestUnionIssues(
  branches: Issue[][],
  base: PropertyKey[],
): Array<{ path: PropertyKey[]; message: string }> | null {
  // Prefer the branch whose problems lie deepest (it matched the most structure).
  let best: Issue[] | null = null;
  let bestDepth = -1;
  for (const b of branches) {
    if (!b.length) continue;
    const depth = Math.max(...b.map((i) => i.path.length)) - b.length / 100;
    if (depth > bestDepth) {
      bestDepth = depth;
      best = b;
    }
  }
  if (!best || bestDepth < 1) return null;
  return best.map((i) => ({ path: [...base, ...i.path], message: i.message }));
}

function crossFieldProblems(s: Scenario): Problem[] {
  const out: Problem[] = [];
  const add = (path: string, code: ProblemCode, message: string, severity: Problem['severity'] = 'error') =>
    out.push({ path, code, message, severity });

  // Settings
  const H = s.settings.horizonMonths;
  if (!(H >= 1 && H <= MAX_HORIZON_MONTHS)) {
    add('settings.horizonMonths', 'horizon', `must be between 1 and ${MAX_HORIZON_MONTHS} months`);
  } else if (s.settings.shortTermMonths > H) {
    add('settings.shortTermMonths', 'horizon', 'must not be longer than the horizon');
  }
  if (s.settings.discountPreset !== 'custom') {
    const preset = { 'zin-2024': 0.03, 'mkba-2021': 0.0225, none: 0 }[s.settings.discountPreset];
    if (preset !== s.settings.discountRate) {
      add(
        'settings.discountRate',
        'inconsistent',
        `does not match the preset "${s.settings.discountPreset}" (${preset})`,
      );
    }
  }

  // Unique ids
  const unique = (items: Array<{ id: string; path: string }>, what: string) => {
    const seen = new Map<string, string>();
    for (const it of items) {
      const first = seen.get(it.id);
      if (first) add(it.path, 'duplicate-id', `${what} id "${it.id}" is already used at ${first}`);
      else seen.set(it.id, it.path);
    }
  };
  unique(
    s.payers.map((p, i) => ({ id: p.id, path: `payers[${i}].id` })),
    'payer',
  );
  unique(
    s.members.map((m, i) => ({ id: m.id, path: `members[${i}].id` })),
    'member',
  );
  unique(
    s.parameters.map((p, i) => ({ id: p.id, path: `parameters[${i}].id` })),
    'parameter',
  );
  const steps = stepSites(s);
  const events = eventSites(s);
  for (const pathId of ['pilot', 'reference'] as const) {
    unique(
      [
        ...steps.filter((x) => x.pathId === pathId).map((x) => ({ id: x.step.id, path: `${x.path}.id` })),
        ...events.filter((x) => x.pathId === pathId).map((x) => ({ id: x.event.id, path: `${x.path}.id` })),
        ...s.paths[pathId].branches.map((b, k) => ({ id: b.id, path: `paths.${pathId}.branches[${k}].id` })),
      ],
      'item',
    );
  }

  // References
  const payerIds = new Set(s.payers.map((p) => p.id));
  const memberIds = new Set(s.members.map((m) => m.id));
  for (const { step, path } of steps) {
    if (typeof step.payer === 'string') {
      if (!payerIds.has(step.payer))
        add(`${path}.payer`, 'unknown-reference', `unknown payer "${step.payer}"`);
    } else {
      step.payer.forEach((x, i) => {
        if (!payerIds.has(x.payer))
          add(`${path}.payer[${i}].payer`, 'unknown-reference', `unknown payer "${x.payer}"`);
      });
      const sum = step.payer.reduce((a, x) => a + x.share, 0);
      if (Math.abs(sum - 1) > 1e-9)
        add(`${path}.payer`, 'payer-shares', `shares add up to ${round(sum)}, not 1`);
      const ids = step.payer.map((x) => x.payer);
      if (new Set(ids).size !== ids.length) add(`${path}.payer`, 'duplicate-id', 'names a payer twice');
    }
    step.members?.forEach((m, i) => {
      if (!memberIds.has(m))
        add(`${path}.members[${i}]`, 'unknown-reference', `unknown family member "${m}"`);
    });
    if (step.monthlyCost !== undefined && step.hoursPerMonth !== undefined) {
      add(
        `${path}.hoursPerMonth`,
        'inconsistent',
        'give either a monthly cost or hours per month x hourly rate, not both',
      );
    }
    if ((step.hoursPerMonth === undefined) !== (step.hourlyRate === undefined)) {
      add(
        `${path}.${step.hoursPerMonth === undefined ? 'hoursPerMonth' : 'hourlyRate'}`,
        'inconsistent',
        'hours per month and hourly rate go together',
      );
    }
    const monthlyPrice = step.price?.basis === 'monthly';
    if (
      (step.monthlyCost !== undefined || step.hoursPerMonth !== undefined || monthlyPrice) &&
      step.duration === 0
    ) {
      add(
        `${path}.duration`,
        'inconsistent',
        'a step with a monthly cost needs a duration of at least 1 month',
      );
    }
    if (
      (step.monthlyCost !== undefined || step.hoursPerMonth !== undefined || monthlyPrice) &&
      step.duration === undefined &&
      !path.includes('.consequences[')
    ) {
      // Only a consequence step runs "as long as its event's state"; elsewhere no duration
      // means a one-off, so a monthly cost would silently count for nothing.
      add(
        `${path}.duration`,
        'inconsistent',
        'a step with a monthly cost needs a duration; without one it counts as one-off and its monthly cost is not charged',
        'warning',
      );
    }
    if (step.price) priceLinkProblems(s, step.price, `${path}.price`, step, add);
  }
  for (const pathId of ['pilot', 'reference'] as const) {
    const pathEvents = events.filter((x) => x.pathId === pathId);
    const eventIds = new Set(pathEvents.map((x) => x.event.id));
    const stepIds = new Set(steps.filter((x) => x.pathId === pathId).map((x) => x.step.id));
    for (const { event, path, branch } of pathEvents) {
      if (event.after !== undefined) {
        if (!eventIds.has(event.after)) {
          add(`${path}.after`, 'unknown-reference', `unknown event "${event.after}" on the ${pathId} path`);
        } else {
          const target = pathEvents.find((x) => x.event.id === event.after)!;
          if (target.branch && target.branch !== branch) {
            add(
              `${path}.after`,
              'unknown-reference',
              `"${event.after}" belongs to another branch, so it never happens with this one`,
              'warning',
            );
          }
        }
      }
      event.ends.forEach((id, i) => {
        if (!stepIds.has(id))
          add(`${path}.ends[${i}]`, 'unknown-reference', `unknown step "${id}" on the ${pathId} path`);
      });
    }
    // Cycles in `after`
    const byId = new Map(pathEvents.map((x) => [x.event.id, x]));
    const reported = new Set<string>();
    for (const start of pathEvents) {
      const seen: string[] = [];
      let cur: string | undefined = start.event.id;
      while (cur !== undefined && byId.has(cur)) {
        if (seen.includes(cur)) {
          const cycle = seen.slice(seen.indexOf(cur));
          const key = [...cycle].sort().join(',');
          if (!reported.has(key)) {
            reported.add(key);
            add(
              `${byId.get(cur)!.path}.after`,
              'cycle',
              `event conditions form a cycle: ${[...cycle, cur].join(' -> ')}`,
            );
          }
          break;
        }
        seen.push(cur);
        cur = byId.get(cur)!.event.after;
      }
    }
    // Branches
    const branches = s.paths[pathId].branches;
    if (branches.length) {
      branches.forEach((b, k) => {
        if (!(b.probability >= 0 && b.probability <= 1)) {
          add(`paths.${pathId}.branches[${k}].probability`, 'probability-range', 'must be between 0 and 1');
        }
      });
      const sum = branches.reduce((a, b) => a + b.probability, 0);
      if (Math.abs(sum - 1) > 1e-6) {
        add(`paths.${pathId}.branches`, 'branch-sum', `branch probabilities add up to ${round(sum)}, not 1`);
      }
    }
  }

  // Parameters: formula cycles
  const ordered = orderParameters(s.parameters);
  if ('cycle' in ordered) {
    const i = s.parameters.findIndex((p) => p.id === ordered.cycle[0]);
    add(
      `parameters[${i}].value`,
      'cycle',
      `parameters depend on each other in a cycle: ${ordered.cycle.join(' -> ')}`,
    );
  }

  // Quantities
  const names = new Set(s.parameters.map((p) => p.id));
  let formulasOk = !('cycle' in ordered);
  for (const f of quantityFields(s)) {
    const before = out.length;
    checkQuantity(f.quantity, f.path, f.role, names, add);
    if (isFormula(f.quantity) && out.length > before) formulasOk = false;
  }
  if (formulasOk && !out.some((p) => p.severity === 'error')) probeFormulas(s, add);
  if (s.session) sessionProblems(s, s.session, add);
  return out;
}

/**
 * The group session's own rules: ids unique within each list, every answer by a participant of
 * the session (one answer each), low <= most likely <= high. A target that is no longer in the
 * scenario (its event deleted or its parameter renamed in the editor) is a warning only: the
 * answers stay worth keeping, and the session never changes what a run computes.
 */
function sessionProblems(
  s: Scenario,
  session: Session,
  add: (path: string, code: ProblemCode, message: string, severity?: Problem['severity']) => void,
): void {
  const unique = (ids: string[], path: (i: number) => string, what: string) => {
    const seen = new Map<string, number>();
    ids.forEach((id, i) => {
      const first = seen.get(id);
      if (first !== undefined)
        add(path(i), 'duplicate-id', `${what} id "${id}" is already used at ${path(first)}`);
      else seen.set(id, i);
    });
  };
  unique(
    session.participants.map((p) => p.id),
    (i) => `session.participants[${i}].id`,
    'participant',
  );
  unique(
    session.estimates.map((e) => e.id),
    (i) => `session.estimates[${i}].id`,
    'estimate',
  );
  unique(
    session.parkingLot.map((q) => q.id),
    (i) => `session.parkingLot[${i}].id`,
    'question',
  );
  const participants = new Set(session.participants.map((p) => p.id));
  const parameters = new Set(s.parameters.map((p) => p.id));
  const events = eventSites(s);
  session.estimates.forEach((estimate, i) => {
    const at = `session.estimates[${i}]`;
    const target = estimate.target;
    if ('parameterId' in target) {
      if (!parameters.has(target.parameterId)) {
        add(
          `${at}.target.parameterId`,
          'unknown-reference',
          `unknown parameter "${target.parameterId}"`,
          'warning',
        );
      }
    } else if (!events.some((x) => x.pathId === target.pathId && x.event.id === target.eventId)) {
      add(
        `${at}.target.eventId`,
        'unknown-reference',
        `unknown event "${target.eventId}" on the ${target.pathId} path`,
        'warning',
      );
    }
    const answered = new Set<string>();
    estimate.answers.forEach((answer, j) => {
      const where = `${at}.answers[${j}]`;
      if (!participants.has(answer.participantId)) {
        add(`${where}.participantId`, 'unknown-reference', `unknown participant "${answer.participantId}"`);
      } else if (answered.has(answer.participantId)) {
        add(
          `${where}.participantId`,
          'duplicate-id',
          `participant "${answer.participantId}" has already answered`,
        );
      }
      answered.add(answer.participantId);
      if (answer.kind === 'range') {
        if (answer.low > answer.high) add(`${where}.low`, 'inconsistent', 'low must not be above high');
        else if (answer.likely < answer.low || answer.likely > answer.high) {
          add(`${where}.likely`, 'inconsistent', 'most likely must lie between low and high');
        }
      }
    });
  });
}

function checkQuantity(
  q: Quantity,
  path: string,
  role: QuantityRole,
  names: ReadonlySet<string>,
  add: (path: string, code: ProblemCode, message: string, severity?: Problem['severity']) => void,
): void {
  if (typeof q === 'number') {
    if (role === 'probability' && !(q >= 0 && q <= 1))
      add(path, 'probability-range', 'must be between 0 and 1');
    else if (role === 'cost' && q < 0) add(path, 'negative-cost', 'must not be negative');
    else if ((role === 'month' || role === 'duration' || role === 'hours' || role === 'units') && q < 0) {
      add(path, 'inconsistent', 'must not be negative');
    }
    return;
  }
  if (isFormula(q)) {
    const parsed = parseFormula(q.formula, names);
    if (!parsed.ok) for (const e of parsed.errors) add(`${path}.formula`, 'formula', e.message);
    return;
  }
  if (!isDistribution(q)) return;
  const d = describeDistribution(q);
  if (!d.ok) {
    for (const m of d.problems) add(path, 'distribution', m);
    return;
  }
  const [lo, hi] = d.facts.support;
  const sd = Math.sqrt(d.facts.variance);
  if (role === 'probability') {
    if (lo < 0 || hi > 1)
      add(
        path,
        'probability-range',
        'a probability needs a distribution within 0..1 (beta, or uniform/PERT within 0..1)',
      );
  } else if (role === 'cost' || role === 'hours' || role === 'units') {
    if (q.dist === 'normal') {
      if (d.facts.mean - 3.09 * sd < 0) {
        add(
          path,
          role === 'cost' ? 'negative-cost' : 'inconsistent',
          'is below 0 in more than 0.1 % of draws; those draws count as 0',
          'warning',
        );
      }
    } else if (lo < 0) add(path, role === 'cost' ? 'negative-cost' : 'inconsistent', 'can be negative');
  }
}

/**
 * A price taken from the price list: it adds to the step's own cost (warn, since applying a price
 * to a step that already had its cost typed in would count it twice), and it should be in the
 * scenario's euros and from the list version the scenario records.
 */
function priceLinkProblems(
  s: Scenario,
  price: StepPrice,
  path: string,
  step: Step,
  add: (path: string, code: ProblemCode, message: string, severity?: Problem['severity']) => void,
): void {
  const own =
    price.basis === 'monthly'
      ? step.monthlyCost !== undefined || step.hoursPerMonth !== undefined
      : step.oneOffCost !== undefined;
  if (own) {
    add(
      path,
      'inconsistent',
      `is added to the step's own ${price.basis === 'monthly' ? 'monthly' : 'one-off'} cost; remove one if they are the same cost`,
      'warning',
    );
  }
  if (price.priceYear !== undefined && price.priceYear !== s.settings.priceYear) {
    add(
      `${path}.priceYear`,
      'inconsistent',
      `the unit price is in ${price.priceYear} euros but the scenario's price year is ${s.settings.priceYear}; refresh it from the price list`,
      'warning',
    );
  }
  if (s.priceList && price.list !== s.priceList.version) {
    add(
      `${path}.list`,
      'inconsistent',
      `taken from price list version ${price.list}, but the scenario records version ${s.priceList.version}`,
      'warning',
    );
  }
}

/**
 * Formulas can fail for some parameter values only (a log of a negative draw, a division by a
 * zero draw). Evaluate every formula at PROBE_DRAWS seeded parameter draws and report the first
 * failure of each, so that the run never meets a NaN the user was not told about.
 */
function probeFormulas(
  s: Scenario,
  add: (path: string, code: ProblemCode, message: string, severity?: Problem['severity']) => void,
): void {
  const fields = quantityFields(s).filter((f) => isFormula(f.quantity));
  if (!fields.length) return;
  const index = new Map(s.parameters.map((p, i) => [p.id, i]));
  const names = new Set(index.keys());
  const q = new QuantityCompiler(index);
  const ordered = orderParameters(s.parameters);
  if ('cycle' in ordered) return;
  const slots = s.parameters.map((p) => q.compile(p.value));
  const P = q.table.freeze();
  const rng = new Random(s.settings.seed);
  const values = new Float64Array(s.parameters.length);
  const compiled = fields.map((f) => {
    const parsed = parseFormula((f.quantity as { formula: string }).formula, names);
    return parsed.ok ? compileFormula(parsed.ast, (n) => index.get(n) ?? -1) : null;
  });
  const failed = new Set<number>();
  for (let it = 0; it < PROBE_DRAWS; it++) {
    rng.setIteration(it);
    for (const i of ordered.order) {
      const slot = slots[i]!;
      if (slot.code < Q_PARAMETER) {
        rng.setStream(streamKeyOf(`parameter:${s.parameters[i]!.id}`));
        values[i] = drawFrom(rng, P, slot.code, slot.off);
      } else if (slot.code === Q_PARAMETER) values[i] = values[slot.off]!;
      else if (slot.code === Q_FORMULA) values[i] = q.formulas[slot.off]!(values);
    }
    fields.forEach((f, k) => {
      const fn = compiled[k];
      if (!fn || failed.has(k)) return;
      const v = fn(values);
      const at = () =>
        s.parameters
          .filter((p) => f.quantity && (f.quantity as { formula: string }).formula.includes(p.id))
          .map((p) => `${p.id} = ${round(values[index.get(p.id)!]!)}`)
          .join(', ');
      let problem: string | null = null;
      if (!Number.isFinite(v)) problem = `gives ${String(v)} for some parameter draws (e.g. ${at()})`;
      else if (f.role === 'probability' && !(v >= 0 && v <= 1))
        problem = `gives ${round(v)}, outside 0..1, for some parameter draws (e.g. ${at()})`;
      else if (f.role === 'cost' && v < 0)
        problem = `gives a negative cost (${round(v)}) for some parameter draws (e.g. ${at()})`;
      else if (f.role === 'units' && v < 0)
        problem = `gives a negative number of units (${round(v)}) for some parameter draws (e.g. ${at()})`;
      if (problem) {
        failed.add(k);
        add(`${f.path}.formula`, 'formula-value', problem);
      }
    });
  }
}

const round = (x: number) => Number(x.toPrecision(6));

/** Parse JSON text and validate it; a JSON syntax error is a problem at the document root. */
export function validateScenarioJson(text: string): Validation {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      problems: [
        {
          path: '(document)',
          code: 'schema',
          message: `is not valid JSON: ${(e as Error).message}`,
          severity: 'error',
        },
      ],
      warnings: [],
    };
  }
  return validateScenario(data);
}
