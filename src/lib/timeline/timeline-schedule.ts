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
 * chains, events that end steps at their onset, the horizon, and the Youth Act age limit.
 * Positions are typical, not simulated; with probabilities of 0 or 1 and plain months they are
 * exactly what the engine does (tests/lib/timeline/timeline-schedule.test.ts).
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
  /**
   * Events that stop this step at their onset (their `ends`) while it runs, earliest first. A
   * certain one (the event, and any event it comes `after`, has probability 1) has cut `end` at
   * its month already; an uncertain one only may stop it there.
   */
  stops: StepStop[];
  probability: Representative;
  /** Per month (monthly cost, hours x rate, monthly price); null when the step has none. */
  monthlyCost: Representative | null;
  /** One-off cost (with a one-off price); null when the step has none. */
  oneOffCost: Representative | null;
}

export interface StepStop {
  eventId: string;
  /** The month the step stops in (the event's onset, at least the step's start). */
  month: number;
  certain: boolean;
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
  /** Happens for sure once its branch is taken: its probability, and that of any event it comes `after`, is 1. */
  certain: boolean;
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
  type Onset = { onset: number; known: boolean; missing: boolean; certain: boolean };
  const onsets = new Map<string, Onset>();
  const onsetOf = (e: RiskEvent, seen: Set<string>): Onset => {
    const done = onsets.get(e.id);
    if (done) return done;
    const own = reps.of(e.onset);
    let base: Onset = { onset: 0, known: true, missing: false, certain: true };
    if (e.after !== undefined) {
      const parent = byId.get(e.after);
      if (!parent || seen.has(e.after)) base = { onset: 0, known: true, missing: true, certain: true };
      else base = onsetOf(parent.event, new Set([...seen, e.id]));
    }
    const out = {
      onset: base.onset + startMonth(own),
      known: base.known && own.known,
      missing: base.missing,
      // The engine skips an event whose `after` did not happen (one not on the path counts as none).
      certain: base.certain && e.probability === 1,
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
      certain: o.certain,
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
  applyEnds(steps, events, H);
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
  if (start >= limit && start < H) ageLimited = true;
  const clipped = end > H;
  if (clipped) end = Math.max(start, H);
  const price = step.price;
  const priced = (basis: 'monthly' | 'one-off') =>
    price?.basis === basis ? product(reps.of(price.units), reps.of(price.unitPrice)) : null;
  const hourly =
    step.hoursPerMonth !== undefined && step.hourlyRate !== undefined
      ? product(reps.of(step.hoursPerMonth), reps.of(step.hourlyRate))
      : null;
  const oneOffCost = sum(step.oneOffCost !== undefined ? reps.of(step.oneOffCost) : null, priced('one-off'));
  // The engine drops the one-off of a step that starts at or after its age limit.
  const startsLate = start >= limit && start < H;
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
    stops: [],
    probability: reps.of(step.probability, 1),
    monthlyCost: sum(step.monthlyCost !== undefined ? reps.of(step.monthlyCost) : hourly, priced('monthly')),
    oneOffCost: startsLate ? noCost(oneOffCost) : oneOffCost,
  };
}

/**
 * An event stops the steps it `ends` at its onset (engine: no cost in that month or later, and
 * no one-off when the step starts at or after it). A certain event cuts the step; an uncertain
 * one is recorded as a stop that may happen. An event beyond the horizon never happens, and one
 * in another branch than the step's never happens together with it.
 */
function applyEnds(steps: ScheduledStep[], events: ScheduledEvent[], H: number): void {
  const byStep = new Map<string, ScheduledEvent[]>();
  for (const e of [...events].sort((a, b) => a.onset - b.onset))
    for (const id of e.event.ends) byStep.set(id, [...(byStep.get(id) ?? []), e]);
  for (const st of steps) {
    const enders = (byStep.get(st.step.id) ?? []).filter(
      (e) => !e.beyondHorizon && e.onset < H && !(e.branch && st.branch && e.branch !== st.branch),
    );
    if (enders.length === 0 || st.beyondHorizon) continue;
    const certain = enders.find(
      (e) => e.certain && (!e.branch || e.branch === st.branch || e.branch.probability === 1),
    );
    if (certain && (certain.onset < st.end || certain.onset <= st.start)) {
      const month = Math.max(st.start, certain.onset);
      if (st.end > month) {
        st.end = month;
        st.clipped = false;
        st.ageLimited = false;
      }
      st.oneOff = st.end === st.start;
      if (certain.onset <= st.start) st.oneOffCost = noCost(st.oneOffCost);
      st.stops.push({ eventId: certain.event.id, month, certain: true });
    }
    for (const e of enders) {
      if (e === certain || !(e.onset < st.end || (e.onset <= st.start && st.oneOffCost))) continue;
      if (certain && e.onset >= certain.onset) continue;
      st.stops.push({ eventId: e.event.id, month: Math.max(st.start, e.onset), certain: false });
    }
    st.stops.sort((a, b) => a.month - b.month);
  }
}

/** A one-off the engine sets to 0 (kept, so the label still says there is none to pay). */
const noCost = (r: Representative | null): Representative | null =>
  r ? { value: 0, known: true, spread: null } : null;

function product(a: Representative, b: Representative): Representative {
  return { value: a.value * b.value, known: a.known && b.known, spread: null };
}

function sum(a: Representative | null, b: Representative | null): Representative | null {
  if (!a || !b) return a ?? b;
  return { value: a.value + b.value, known: a.known && b.known, spread: null };
}
