import type { PathId } from '../model/path';
import type { Scenario } from '../model/scenario';
import { pathSegments } from './field-target';
import type { HolderRef, StepListRef } from './place';

/** A step, event or parameter named by where it sits, as the editor's forms know it. */
export type ItemRef =
  | { kind: 'step'; at: StepListRef; id: string }
  | { kind: 'event'; at: HolderRef; id: string }
  | { kind: 'parameter'; id: string };

/**
 * A key that names an item's form while it moves within its list (the editor keeps which forms
 * are open by these keys): kind, place and id.
 */
export function itemKey(item: ItemRef): string {
  if (item.kind === 'parameter') return `parameter:${item.id}`;
  const event = item.kind === 'step' ? (item.at.event ?? '') : '';
  return `${item.kind}:${item.at.path}:${item.at.branch ?? ''}:${event}:${item.id}`;
}

/**
 * The step, event or parameter at a document path such as `paths.pilot.events[1]`,
 * `paths.reference.branches[0].steps[2]`, `paths.pilot.events[0].consequences[1]` or
 * `parameters[3]`; null when there is none.
 */
export function itemAt(s: Scenario, docPath: string): ItemRef | null {
  const seg = pathSegments(docPath);
  if (seg[0] === 'parameters' && typeof seg[1] === 'number' && seg.length === 2) {
    const p = s.parameters[seg[1]];
    return p ? { kind: 'parameter', id: p.id } : null;
  }
  if (seg[0] !== 'paths' || (seg[1] !== 'pilot' && seg[1] !== 'reference')) return null;
  const path: PathId = seg[1];
  let rest = seg.slice(2);
  let holder: { steps: Scenario['paths']['pilot']['steps']; events: Scenario['paths']['pilot']['events'] } =
    s.paths[path];
  const at: HolderRef = { path };
  if (rest[0] === 'branches' && typeof rest[1] === 'number') {
    const b = s.paths[path].branches[rest[1]];
    if (!b) return null;
    holder = b;
    at.branch = b.id;
    rest = rest.slice(2);
  }
  const [list, i, sub, j] = rest;
  if (typeof i !== 'number') return null;
  if (list === 'steps' && rest.length === 2) {
    const step = holder.steps[i];
    return step ? { kind: 'step', at, id: step.id } : null;
  }
  if (list !== 'events') return null;
  const event = holder.events[i];
  if (!event) return null;
  if (rest.length === 2) return { kind: 'event', at, id: event.id };
  if (sub === 'consequences' && typeof j === 'number' && rest.length === 4) {
    const step = event.consequences[j];
    return step ? { kind: 'step', at: { ...at, event: event.id }, id: step.id } : null;
  }
  return null;
}
