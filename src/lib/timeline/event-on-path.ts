import type { Branch, Path, PathId } from '../model/path';
import type { RiskEvent } from '../model/risk-event';
import type { Scenario } from '../model/scenario';

/**
 * A new scenario in which `change` replaced the event with this id on one path (on the path
 * itself or in one of its branches); the same scenario when there is no such event or nothing
 * changed. Everything not on the way to the event is shared, not copied.
 */
export function updateEventOnPath(
  s: Scenario,
  path: PathId,
  id: string,
  change: (event: RiskEvent) => RiskEvent,
): Scenario {
  const events = (list: RiskEvent[]): RiskEvent[] => {
    const i = list.findIndex((e) => e.id === id);
    if (i < 0) return list;
    const next = change(list[i]!);
    return next === list[i] ? list : list.map((e, k) => (k === i ? next : e));
  };
  const p: Path = s.paths[path];
  const own = events(p.events);
  let branches = p.branches;
  if (own === p.events) {
    const next = p.branches.map((b): Branch => {
      const ev = events(b.events);
      return ev === b.events ? b : { ...b, events: ev };
    });
    if (next.some((b, k) => b !== p.branches[k])) branches = next;
  }
  if (own === p.events && branches === p.branches) return s;
  return { ...s, paths: { ...s.paths, [path]: { ...p, events: own, branches } } };
}
