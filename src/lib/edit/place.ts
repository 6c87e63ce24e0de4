import type { Branch, Path, PathId } from '../model/path';
import type { RiskEvent } from '../model/risk-event';
import type { Scenario } from '../model/scenario';
import type { Step } from '../model/step';

/** Where steps and events live: a path itself, or one of its branches (by id). */
export interface HolderRef {
  path: PathId;
  branch?: string;
}

/** A list of steps: a path's or branch's own steps, or an event's consequences (ids, not indices). */
export interface StepListRef extends HolderRef {
  event?: string;
}

type Holder = Path | Branch;

/** The other path: pilot <-> reference. */
export const otherPath = (p: PathId): PathId => (p === 'pilot' ? 'reference' : 'pilot');

/** Replace the first item matching `match` by `change(item)`; the same array when nothing changed. */
export function replaceFirst<T>(list: T[], match: (x: T) => boolean, change: (x: T) => T): T[] {
  const i = list.findIndex(match);
  if (i < 0) return list;
  const next = change(list[i]!);
  if (next === list[i]) return list;
  return list.map((x, k) => (k === i ? next : x));
}

/** The path or branch `at` names, or null. */
export function holderAt(s: Scenario, at: HolderRef): Holder | null {
  const p = s.paths[at.path];
  if (at.branch === undefined) return p;
  return p.branches.find((b) => b.id === at.branch) ?? null;
}

/** The step list `at` names, or null. */
export function stepListAt(s: Scenario, at: StepListRef): Step[] | null {
  const h = holderAt(s, at);
  if (!h) return null;
  if (at.event === undefined) return h.steps;
  return h.events.find((e) => e.id === at.event)?.consequences ?? null;
}

/**
 * A new scenario in which `change` replaced the path or branch `at`; the same scenario when it
 * returned its argument (or there is no such holder). Everything else is shared, not copied.
 */
export function mapHolder(s: Scenario, at: HolderRef, change: (h: Holder) => Holder): Scenario {
  const p = s.paths[at.path];
  let next: Path;
  if (at.branch === undefined) {
    next = change(p) as Path;
  } else {
    const branches = replaceFirst(
      p.branches,
      (b) => b.id === at.branch,
      (b) => change(b) as Branch,
    );
    next = branches === p.branches ? p : { ...p, branches };
  }
  if (next === p) return s;
  return { ...s, paths: { ...s.paths, [at.path]: next } };
}

/** Change the events of a path or branch. */
export function mapEvents(
  s: Scenario,
  at: HolderRef,
  change: (events: RiskEvent[]) => RiskEvent[],
): Scenario {
  return mapHolder(s, at, (h) => {
    const events = change(h.events);
    return events === h.events ? h : { ...h, events };
  });
}

/** Change one event (the first with this id) of a path or branch. */
export function mapEvent(
  s: Scenario,
  at: HolderRef,
  id: string,
  change: (e: RiskEvent) => RiskEvent,
): Scenario {
  return mapEvents(s, at, (events) => replaceFirst(events, (e) => e.id === id, change));
}

/** Change a step list: a path's or branch's steps, or an event's consequences. */
export function mapSteps(s: Scenario, at: StepListRef, change: (steps: Step[]) => Step[]): Scenario {
  if (at.event !== undefined) {
    return mapEvent(s, at, at.event, (e) => {
      const consequences = change(e.consequences);
      return consequences === e.consequences ? e : { ...e, consequences };
    });
  }
  return mapHolder(s, at, (h) => {
    const steps = change(h.steps);
    return steps === h.steps ? h : { ...h, steps };
  });
}

/** Change every path and branch of one path id (its own lists and all its branches). */
export function mapHolders(s: Scenario, path: PathId, change: (h: Holder) => Holder): Scenario {
  let out = mapHolder(s, { path }, change);
  for (const b of s.paths[path].branches) out = mapHolder(out, { path, branch: b.id }, change);
  return out;
}

/** Change every step of the scenario (path and branch steps, consequences); shares what did not change. */
export function mapAllSteps(s: Scenario, change: (step: Step) => Step): Scenario {
  const steps = (list: Step[]): Step[] => {
    let any = false;
    const out = list.map((x) => {
      const n = change(x);
      if (n !== x) any = true;
      return n;
    });
    return any ? out : list;
  };
  let out = s;
  for (const path of ['pilot', 'reference'] as const) {
    out = mapHolders(out, path, (h) => {
      const st = steps(h.steps);
      let anyEvent = false;
      const events = h.events.map((e) => {
        const c = steps(e.consequences);
        if (c === e.consequences) return e;
        anyEvent = true;
        return { ...e, consequences: c };
      });
      if (st === h.steps && !anyEvent) return h;
      return { ...h, steps: st, events: anyEvent ? events : h.events };
    });
  }
  return out;
}
