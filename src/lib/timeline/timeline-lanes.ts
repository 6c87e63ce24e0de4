import { stepsWithPlace } from '../edit/step-by-id';
import type { Locale } from '../i18n/locale';
import { localText } from '../model/local-text';
import type { Member } from '../model/member';
import type { Scenario } from '../model/scenario';
import type { Step } from '../model/step';

/** What a timeline's lanes stand for. */
export type LaneMode = 'members' | 'payers';
export type LaneKind = 'events' | 'family' | 'member' | 'payer';

/** A lane before layout: who it is for. */
export interface LaneSpec {
  id: string;
  kind: LaneKind;
  label: string;
}

export const EVENTS_LANE = 'events';
export const FAMILY_LANE = 'family';

/**
 * The lanes a step belongs in: one per family member it targets, or the whole family when it
 * names no one or everyone (a family of two or more: four identical bars say less than one); or
 * one per payer with a share above 0.
 */
export function lanesOfStep(step: Step, mode: LaneMode, family: readonly Member[]): string[] {
  if (mode === 'payers') {
    const ids =
      typeof step.payer === 'string'
        ? [step.payer]
        : step.payer.filter((p) => p.share > 0).map((p) => p.payer);
    return [...new Set(ids)].map((id) => `payer:${id}`);
  }
  const members = [...new Set(step.members ?? [])];
  const everyone = family.length > 1 && family.every((m) => members.includes(m.id));
  return members.length && !everyone ? members.map((id) => `member:${id}`) : [FAMILY_LANE];
}

/**
 * The step lanes of both paths' timelines (the same for both, so they line up): every family
 * member, after a "whole family" lane when some step is for no one or everyone; or every payer that pays a
 * step on either path. Ids that name no member or payer (a draft with problems) get a lane of
 * their own, labelled with the id, so nothing disappears.
 */
export function laneSpecs(s: Scenario, mode: LaneMode, lang: Locale, familyLabel: string): LaneSpec[] {
  const used = new Set<string>();
  for (const { step } of stepsWithPlace(s)) for (const l of lanesOfStep(step, mode, s.members)) used.add(l);
  const out: LaneSpec[] = [];
  if (mode === 'members') {
    if (used.has(FAMILY_LANE)) out.push({ id: FAMILY_LANE, kind: 'family', label: familyLabel });
    for (const m of s.members)
      out.push({ id: `member:${m.id}`, kind: 'member', label: localText(m.label, lang, m.id) });
  } else {
    for (const p of s.payers)
      if (used.has(`payer:${p.id}`))
        out.push({ id: `payer:${p.id}`, kind: 'payer', label: localText(p.label, lang, p.id) });
  }
  const known = new Set(out.map((l) => l.id));
  for (const id of used) {
    if (known.has(id)) continue;
    const kind = mode === 'members' ? 'member' : 'payer';
    out.push({ id, kind, label: id.slice(id.indexOf(':') + 1) });
  }
  return out;
}
