import type { Branch, Path, PathId } from '../model/path';
import type { RiskEvent } from '../model/risk-event';
import type { Scenario } from '../model/scenario';
import type { Step } from '../model/step';

/** Where a step sits: on a path, in a branch, as a consequence of an event (ids, not indices). */
export interface StepPlace {
  path: PathId;
  branch?: string;
  event?: string;
  index: number;
}

/** Every step of a scenario with its place, in document order. */
export function* stepsWithPlace(s: Scenario): Generator<{ step: Step; place: StepPlace }> {
  for (const path of ['pilot', 'reference'] as const) {
    const p = s.paths[path];
    yield* inHolder(p, { path });
    for (const b of p.branches) yield* inHolder(b, { path, branch: b.id });
  }
}

function* inHolder(
  h: Path | Branch,
  at: Omit<StepPlace, 'index'>,
): Generator<{ step: Step; place: StepPlace }> {
  for (const [index, step] of h.steps.entries()) yield { step, place: { ...at, index } };
  for (const e of h.events)
    for (const [index, step] of e.consequences.entries())
      yield { step, place: { ...at, event: e.id, index } };
}

export function findStep(s: Scenario, id: string): { step: Step; place: StepPlace } | null {
  for (const x of stepsWithPlace(s)) if (x.step.id === id) return x;
  return null;
}

/**
 * A new scenario in which `change` replaced the step with this id (wherever it is); the same
 * scenario object when there is no such step or `change` returned the step unchanged. Everything
 * not on the way to the step is shared, not copied.
 */
export function updateStepById(s: Scenario, id: string, change: (step: Step) => Step): Scenario {
  let changed = false;
  const steps = (list: Step[]): Step[] => {
    const i = list.findIndex((x) => x.id === id);
    if (i < 0) return list;
    const next = change(list[i]!);
    if (next === list[i]) return list;
    changed = true;
    return list.map((x, k) => (k === i ? next : x));
  };
  const events = (list: RiskEvent[]): RiskEvent[] => {
    let any = false;
    const out = list.map((e) => {
      const c = steps(e.consequences);
      if (c === e.consequences) return e;
      any = true;
      return { ...e, consequences: c };
    });
    return any ? out : list;
  };
  const holder = <H extends Path | Branch>(h: H): H => {
    const st = steps(h.steps);
    const ev = events(h.events);
    return st === h.steps && ev === h.events ? h : { ...h, steps: st, events: ev };
  };
  const path = (p: Path): Path => {
    const h = holder(p);
    let any = false;
    const branches = p.branches.map((b) => {
      const nb = holder(b);
      if (nb !== b) any = true;
      return nb;
    });
    return any ? { ...h, branches } : h;
  };
  const pilot = path(s.paths.pilot);
  const reference = path(s.paths.reference);
  if (!changed) return s;
  return { ...s, paths: { pilot, reference } };
}
