/**
 * The source note a parameter gets when the group's pooled estimate is put into it, so that the
 * number keeps saying where it comes from:
 *
 *   "Group session 2026-11-23: pooled estimate of 3 participants (expert judgement; equal-weight
 *    linear pool fitted as a beta by mean and sd; the answers, who gave them and why, are kept
 *    in the scenario's session). Before: <the earlier source note>"
 *
 * Names are left out on purpose: the source note travels into reports and the Sources tab,
 * while the answers with names stay in the session (which the participants were told stays on
 * this computer and in files the facilitator exports). Applying again replaces the session part
 * and keeps the original "Before:" text once. Source notes are data, in English like the rest of
 * the scenario's notes.
 */
export const SESSION_SOURCE_PREFIX = 'Group session ';
const BEFORE = ' Before: ';
/** The schema's limit for a source note. */
export const MAX_SOURCE_LENGTH = 2000;

/** "2026-11-23" (the UTC date; the time is in the estimate's `appliedAt`). */
const dayOf = (now: Date) => now.toISOString().slice(0, 10);

/** The source note before any group session wrote to it. */
export function originalSource(source: string | undefined): string {
  if (!source) return '';
  if (!source.startsWith(SESSION_SOURCE_PREFIX)) return source;
  const i = source.indexOf(BEFORE);
  return i < 0 ? '' : source.slice(i + BEFORE.length);
}

/**
 * The new source note after `answers` answers were pooled on `now`; `spread` says whether the
 * pooled value is a distribution (false: everyone gave the same single number).
 */
export function sessionSourceNote(
  before: string | undefined,
  answers: number,
  spread: boolean,
  now: Date,
): string {
  const who = answers === 1 ? '1 participant' : `${answers} participants`;
  const how = spread
    ? 'equal-weight linear pool fitted as a beta by mean and sd'
    : 'all gave the same number, used as it is';
  const note = `${SESSION_SOURCE_PREFIX}${dayOf(now)}: pooled estimate of ${who} (expert judgement; ${how}; the answers, who gave them and why, are kept in the scenario's session).`;
  const old = originalSource(before);
  if (!old) return note;
  const room = MAX_SOURCE_LENGTH - note.length - BEFORE.length;
  const kept = old.length <= room ? old : `${old.slice(0, Math.max(0, room - 1))}…`;
  return `${note}${BEFORE}${kept}`;
}
