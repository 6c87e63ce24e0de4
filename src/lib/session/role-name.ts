import type { Messages } from '../i18n/messages';
import type { Participant } from '../model/session';

/** A participant's role in the UI language; a role in their own words (from a file) as written. */
export function roleName(role: Participant['role'], t: Messages): string {
  switch (role) {
    case undefined:
      return '';
    case 'parent':
      return t.sessionRoleParent;
    case 'professional':
      return t.sessionRoleProfessional;
    case 'other':
      return t.sessionRoleOther;
    default:
      return role;
  }
}
