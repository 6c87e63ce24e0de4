import type { EventKind } from '../model/risk-event';
import type { LocalText } from '../model/local-text';
import { PATH_IDS, type PathId } from '../model/path';
import type { Scenario } from '../model/scenario';
import { Engine, type PathRecords } from './engine';
import { compileScenario, type CompiledStep, type Program } from './program';
import { MEASURES, N_MEASURES, type Measure } from './run-layout';

/** What one step cost one simulated family. Months are whole months from the start (0-based). */
export interface TracedStep {
  id: string;
  label: LocalText;
  /** On the path itself, in the chosen branch, or started by an event. */
  origin: 'path' | 'branch' | 'consequence';
  /** The event that started it (for a consequence). */
  eventId: string | null;
  /** First month it runs; it runs in months start .. end - 1 (a one-off falls in `start`). */
  start: number;
  end: number;
  monthlyCost: number;
  oneOffCost: number;
  /** Its cost within the horizon, discounted and not. */
  cost: number;
  costUndiscounted: number;
  /** Its discounted cost per payer (payers with a share only). */
  payers: Array<{ id: string; cost: number }>;
}

export interface TracedEvent {
  id: string;
  kind: EventKind;
  label: LocalText;
  onset: number;
  /** The state lasts from the onset to this month (exclusive; at most the horizon). */
  stateEnd: number;
}

export interface PathTrace {
  path: PathId;
  /** The branch this future took, or null when the path has none. */
  branchId: string | null;
  branchLabel: LocalText | null;
  steps: TracedStep[];
  events: TracedEvent[];
  /** The same four totals the run keeps for this iteration (bit-identical). */
  totals: Record<Measure, number>;
  /** The run's per-payer discounted totals for this iteration (as stored, Float32). */
  payerTotals: Array<{ id: string; cost: number }>;
}

/** One simulated family on both paths: the story behind one iteration's numbers. */
export interface IterationTrace {
  iteration: number;
  seed: number;
  horizon: number;
  shortTerm: number;
  pilot: PathTrace;
  reference: PathTrace;
  /** First month from which the pilot stays at or below the reference; null if never. */
  breakEven: number | null;
}

interface Captured {
  branch: number;
  steps: Array<{ step: CompiledStep; start: number; end: number; monthly: number; oneOff: number }>;
  events: Array<{ index: number; onset: number; stateEnd: number }>;
}

/** Every compiled step of a path with where it came from. */
function stepsOf(
  program: Program,
  p: number,
): Array<{ step: CompiledStep; origin: TracedStep['origin']; eventId: string | null }> {
  const path = program.paths[p]!;
  return [
    ...path.steps.map((step) => ({ step, origin: 'path' as const, eventId: null })),
    ...path.branches.flatMap((b) =>
      b.steps.map((step) => ({ step, origin: 'branch' as const, eventId: null })),
    ),
    ...path.events.flatMap((ev) =>
      ev.consequences.map((step) => ({ step, origin: 'consequence' as const, eventId: ev.id })),
    ),
  ];
}

/** The object a compiled item's document path ("paths.pilot.branches[0].steps[2]") names. */
function atDocPath(scenario: Scenario, docPath: string): { label?: LocalText } | undefined {
  let node: unknown = scenario;
  for (const part of docPath.split('.')) {
    const m = /^([A-Za-z]+)(?:\[(\d+)\])?$/.exec(part);
    if (!m || node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[m[1]!];
    if (m[2] !== undefined) node = Array.isArray(node) ? node[Number(m[2])] : undefined;
  }
  return node as { label?: LocalText } | undefined;
}

/**
 * Re-simulates single iterations of a run exactly as the run did (the engine draws from a
 * stream per iteration and item, so any iteration can be replayed alone) and tells what happened:
 * which steps ran when at what cost, which events struck when, and the totals. Compiles the
 * scenario once; each call replays one iteration.
 */
export function iterationTracer(scenario: Scenario, seed: number): (iteration: number) => IterationTrace {
  const program = compileScenario(scenario);
  const engine = new Engine(program, { monthly: false, bands: false }, seed);
  const nP = program.payerIds.length;
  const all = [stepsOf(program, 0), stepsOf(program, 1)];
  const captured: Captured[] = [];
  engine.observer = {
    pathSimulated(p: number, branch: number, r: PathRecords) {
      const steps: Captured['steps'] = [];
      for (const { step } of all[p]!) {
        const k = step.record;
        if (r.active[k] === 0) continue;
        steps.push({
          step,
          start: r.start[k]!,
          end: r.end[k]!,
          monthly: r.monthly[k]!,
          oneOff: r.oneOff[k]!,
        });
      }
      const events: Captured['events'] = [];
      program.paths[p]!.events.forEach((_, k) => {
        if (r.eventHappened[k] === 1)
          events.push({ index: k, onset: r.eventOnset[k]!, stateEnd: r.eventStateEnd[k]! });
      });
      captured[p] = { branch, steps, events };
    },
  };
  const { DF, CDF } = program;

  const pathTrace = (p: number, totals: Float64Array, payerTotals: Float32Array): PathTrace => {
    const c = captured[p]!;
    const path = program.paths[p]!;
    const origins = new Map(all[p]!.map((x) => [x.step, x]));
    const branch = c.branch >= 0 ? path.branches[c.branch]! : null;
    const branchDoc = branch ? atDocPath(scenario, `paths.${PATH_IDS[p]}.branches[${c.branch}]`) : undefined;
    const steps: TracedStep[] = c.steps.map(({ step, start, end, monthly, oneOff }) => {
      let cost = 0;
      let costUndiscounted = 0;
      if (end > start && monthly > 0) {
        cost += monthly * (CDF[end]! - CDF[start]!);
        costUndiscounted += monthly * (end - start);
      }
      if (oneOff > 0) {
        cost += oneOff * DF[start]!;
        costUndiscounted += oneOff;
      }
      const group = program.payerGroups[step.payerGroup]!;
      const origin = origins.get(step)!;
      return {
        id: step.id,
        label: atDocPath(scenario, step.docPath)?.label ?? step.id,
        origin: origin.origin,
        eventId: origin.eventId,
        start,
        end,
        monthlyCost: monthly,
        oneOffCost: oneOff,
        cost,
        costUndiscounted,
        payers: Array.from(group.payers, (q, j) => ({
          id: program.payerIds[q]!,
          cost: cost * group.shares[j]!,
        })),
      };
    });
    const events: TracedEvent[] = c.events.map(({ index, onset, stateEnd }) => {
      const ev = path.events[index]!;
      return {
        id: ev.id,
        kind: ev.kind,
        label: atDocPath(scenario, ev.docPath)?.label ?? ev.id,
        onset,
        stateEnd,
      };
    });
    const t = {} as Record<Measure, number>;
    MEASURES.forEach((m, k) => (t[m] = totals[p * N_MEASURES + k]!));
    return {
      path: PATH_IDS[p]!,
      branchId: branch ? branch.id : null,
      branchLabel: branchDoc?.label ?? (branch ? branch.id : null),
      steps,
      events,
      totals: t,
      payerTotals: program.payerIds.map((id, q) => ({ id, cost: payerTotals[p * nP + q]! })),
    };
  };

  return (iteration: number): IterationTrace => {
    if (!Number.isInteger(iteration) || iteration < 0) throw new RangeError(`no iteration ${iteration}`);
    const res = engine.runChunk(0, iteration, 1);
    return {
      iteration,
      seed,
      horizon: program.horizon,
      shortTerm: program.shortTerm,
      pilot: pathTrace(0, res.totals, res.payerTotals),
      reference: pathTrace(1, res.totals, res.payerTotals),
      breakEven: res.breakEven[0]! < 0 ? null : res.breakEven[0]!,
    };
  };
}

/** Replay one iteration of a run (scenario, seed) and tell that family's story on both paths. */
export function traceIteration(scenario: Scenario, seed: number, iteration: number): IterationTrace {
  return iterationTracer(scenario, seed)(iteration);
}
