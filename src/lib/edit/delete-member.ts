import type { Scenario } from '../model/scenario';
import { mapAllSteps } from './place';

/** The scenario without the member `id`; steps that targeted them no longer list them. */
export function deleteMember(s: Scenario, id: string): Scenario {
  const i = s.members.findIndex((m) => m.id === id);
  if (i < 0) return s;
  const out = { ...s, members: s.members.filter((_, k) => k !== i) };
  if (out.members.some((m) => m.id === id)) return out;
  return mapAllSteps(out, (step) => {
    if (!step.members?.includes(id)) return step;
    const members = step.members.filter((m) => m !== id);
    if (members.length) return { ...step, members };
    const { members: _drop, ...rest } = step;
    return rest;
  });
}

/** The step's members with `id` switched on or off (undefined when none are left). */
export function toggleMember(
  members: readonly string[] | undefined,
  id: string,
  on: boolean,
): string[] | undefined {
  const list = members ?? [];
  if (list.includes(id) === on) return members as string[] | undefined;
  const next = on ? [...list, id] : list.filter((m) => m !== id);
  return next.length ? next : undefined;
}
