import type { Member } from '../model/member';
import type { Scenario } from '../model/scenario';
import { slugId, uniqueId } from './unique-id';

/** The scenario with a new family member (readable unique id from the label, else `member-N`). */
export function addMember(
  s: Scenario,
  label: string,
  lang: 'nl' | 'en',
  role: Member['role'] = 'other',
): { scenario: Scenario; id: string } {
  const member: Member = { id: uniqueId(s, slugId(label), 'member'), label: { [lang]: label }, role };
  return { scenario: { ...s, members: [...s.members, member] }, id: member.id };
}
