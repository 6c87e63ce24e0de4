import type { Member } from '../model/member';
import type { Scenario } from '../model/scenario';
import { replaceFirst } from './place';

/** The scenario with the member `id` replaced by `change(member)` (renamed, role, age). */
export function updateMember(s: Scenario, id: string, change: (m: Member) => Member): Scenario {
  const members = replaceFirst(s.members, (m) => m.id === id, change);
  return members === s.members ? s : { ...s, members };
}
