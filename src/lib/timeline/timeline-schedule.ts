import type { Branch, PathId } from '../model/path';
import type { RiskEvent } from '../model/risk-event';
import type { Scenario } from '../model/scenario';
import type { Step } from '../model/step';
import { ageLimitMonth } from '../sim/program';
import { representativesFor, type Representative, type Representatives } from './representative-value';

/**
 * One path in months, as the timeline draws it: every step and event at a representative value
 * of its uncertain start, onset and duration, with the engine's rules (model.md): whole months
 * (start and onset floored, durations rounded), consequences from their event's onset, `after`
 * chains, the horizon, and the Youth Act age limit. Positions are typical, not simulated.
 */
export interface PathSchedule {
  path: PathId;
  horizon: number;
  shortTerm: number;
  steps: ScheduledStep[];
  events: ScheduledEvent[];
}

export interface ScheduledStep {
  step: Step;
  branch?: Branch;
  /** The event this step is a consequence of. */
  eventId?: string;
  /** First month (absolute, from the path's start). */
  start: number;
  /** Month after the last (exclusive); equal to `start` for a one-off. Cut at the horizon and age limit. */
  end: number;
  /** The start (absolute months) 9 in 10 times, when it can be told simply; null otherwise. */
  startSpread: [number, number] | null;
  /** False when the start (or, for a consequence, its event's onset) had no value: drawn at 0 / the onset. */
  startKnown: boolean;
  durationKnown: boolean;
  /** Takes no time: a cost in one month (a step with no duration, or duration 0). */
  oneOff: boolean;
  /** A consequence without a duration: runs as long as its event's state. */
  runsWithEvent: boolean;
  /** Would run beyond the horizon. */
  clipped: boolean;
  /** Stopped by the Youth Act age limit (the child turns 18). */
  ageLimited: boolean;
  /** Starts at or after the horizon: nothing of it falls within it. */
  beyondHorizon: boolean;
  probability: Representative;
  /** Per month (monthly cost, hours x rate, monthly price); null when the step has none. */
  monthlyCost: Representative | null;
  /** One-off cost (with a one-off price); null when the step has none. */
  oneOffCost: Representative | null;
}

export interface ScheduledEvent {
  event: RiskEvent;
  branch?: Branch;
  /** Onset month (absolute). */
  onset: number;
  onsetSpread: [number, number] | null;
  onsetKnown: boolean;
  durationKnown: boolean;
  /** Month after the state ends (the horizon when it lasts). */
  end: number;
  beyondHorizon: boolean;
  /** `after` names no event of this path, or the chain is a cycle: counted from month 0. */
  afterMissing: boolean;
  probability: Representative;
}

const startMonth = (r: Representative) => (r.value > 0 ? Math.floor(r.value) : 0);
const shift = (s: [number, number] | null, by: number): [number, number] | null =>
  s ? [Math.max(0, s[0]) + by, Math.max(0, s[1]) + by] : null;

export function scheduleOf(s: Scenario, pathId: PathId): PathSchedule {
  const path = s.paths[pathId];
  // A draft may hold a horizon validation refuses; draw at least one month.
  const H = Math.max(1, Math.floor(s.settings.horizonMonths) || 1);
  const reps = representativesFor(s.parameters);
  const holders: Array<{ events: RiskEvent[]; branch?: Branch }> = [
    { events: path.events },
    ...path.branches.map((branch) => ({ events: branch.events, branch })),
  ];
  const all = holders.flatMap((h) => h.events.map((event) => ({ event, branch: h.branch })));
  const byId = new Map(all.map((x) => [x.event.id, x]));

  // Onsets along `after` chains (a cycle, possible in a draft, counts from month 0).
  const onsets = new Map<string, { onset: number; known: boolean; missing: boolean }>();
  const onsetOf = (e: RiskEvent, seen: Set<string>): { onset: number; known: boolean; missing: boolean } => {
    const done = onsets.get(e.id);
    if (done) return done;
    const own = reps.of(e.onset);
    let base = { onset: 0, known: true, missing: false };
    if (e.after !== undefined) {
      const parent = byId.get(e.after);
      if (!parent || seen.has(e.after)) base = { onset: 0, known: true, missing: true };
      else base = onsetOf(parent.event, new Set([...seen, e.id]));
    }
    const out = {
      onset: base.onset + startMonth(own),
      known: base.known && own.known,
      missing: base.missing,
    };
    onsets.set(e.id, out);
    return out;
  };

  const events: ScheduledEvent[] = all.map(({ event, branch }) => {
    const o = onsetOf(event, new Set([event.id]));
    const own = reps.of(event.onset);
    const beyond = o.onset >= H;
    let end = H;
    let durationKnown = true;
    if (event.duration !== undefined) {
      const d = reps.of(event.duration);
      durationKnown = d.known;
      end = Math.min(H, o.onset + Math.max(1, Math.round(d.value)));
    }
    return {
      event,
      ...(branch ? { branch } : {}),
      onset: o.onset,
      onsetSpread: shift(own.spread, o.onset - startMonth(own)),
      onsetKnown: o.known,
      durationKnown,
      end: beyond ? o.onset : end,
      beyondHorizon: beyond,
      afterMissing: o.missing,
      probability: reps.of(event.probability, 1),
    };
  });
  const eventById = new Map(events.map((e) => [e.event.id, e]));

  const steps: ScheduledStep[] = [];
  const place = (step: Step, branch: Branch | undefined, ev: ScheduledEvent | undefined) =>
    steps.push(scheduleStep(s, step, branch, ev, reps, H));
  path.steps.forEach((st) => place(st, undefined, undefined));
  path.events.forEach((e) => e.consequences.forEach((st) => place(st, undefined, eventById.get(e.id))));
  for (const b of path.branches) {
    b.steps.forEach((st) => place(st, b, undefined));
    b.events.forEach((e) => e.consequences.forEach((st) => place(st, b, eventById.get(e.id))));
  }
  return { path: pathId, horizon: H, shortTerm: s.settings.shortTermMonths, steps, events };
}

function scheduleStep(
  s: Scenario,
  step: Step,
  branch: Branch | undefined,
  ev: ScheduledEvent | undefined,
  reps: Representatives,
  H: number,
): ScheduledStep {
  const base = ev ? ev.onset : 0;
  const startRep = reps.of(step.start);
  const start = base + startMonth(startRep);
  const monthlyCharged =
    step.monthlyCost !== undefined || step.hoursPerMonth !== undefined || step.price?.basis === 'monthly';
  let end = start;
  let durationKnown = true;
  if (step.duration !== undefined) {
    const d = reps.of(step.duration);
    durationKnown = d.known;
    let n = d.value > 0 ? Math.round(d.value) : 0;
    if (monthlyCharged && n < 1) n = 1;
    end = start + n;
  } else if (ev) {
    end = Math.max(start, ev.end);
  }
  const beyondHorizon = start >= H;
  const limit = ageLimitMonth(step, s.members, s.payers);
  let ageLimited = false;
  if (end > limit && limit < H) {
    end = Math.max(start, limit);
    ageLimited = true;
  }
  const clipped = end > H;
  if (clipped) end = Math.max(start, H);
  const price = step.price;
  const priced = (basis: 'monthly' | 'one-off') =>
    price?.basis === basis ? product(reps.of(price.units), reps.of(price.unitPrice)) : null;
  const hourly =
    step.hoursPerMonth !== undefined && step.hourlyRate !== undefined
      ? product(reps.of(step.hoursPerMonth), reps.of(step.hourlyRate))
      : null;
  return {
    step,
    ...(branch ? { branch } : {}),
    ...(ev ? { eventId: ev.event.id } : {}),
    start,
    end,
    startSpread: shift(startRep.spread, base),
    startKnown: startRep.known && (!ev || ev.onsetKnown),
    durationKnown,
    oneOff: end === start,
    runsWithEvent: !!ev && step.duration === undefined,
    clipped,
    ageLimited,
    beyondHorizon,
    probability: reps.of(step.probability, 1),
    monthlyCost: sum(step.monthlyCost !== undefined ? reps.of(step.monthlyCost) : hourly, priced('monthly')),
    oneOffCost: sum(step.oneOffCost !== undefined ? reps.of(step.oneOffCost) : null, priced('one-off')),
  };
}

function product(a: Representative, b: Representative): Representative {
  return { value: a.value * b.value, known: a.known && b.known, spread: null };
}

function sum(a: Representative | null, b: Representative | null): Representative | null {
  if (!a || !b) return a ?? b;
  return { value: a.value + b.value, known: a.known && b.known, spread: null };
}
