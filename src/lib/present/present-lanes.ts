import { stepsWithPlace } from '../edit/step-by-id';
import type { Locale } from '../i18n/locale';
import { localText } from '../model/local-text';
import type { Member } from '../model/member';
import type { Scenario } from '../model/scenario';
import type { Step } from '../model/step';
import { FAMILY_LANE, laneSpecs, lanesOfStep, type LaneKind } from '../timeline/timeline-lanes';
import { shortLabel } from './short-label';

/**
 * How present mode's timeline puts steps in lanes. `member`: one lane per family member, as the
 * editor's timeline (a step for three of them is drawn in each of their lanes). `group`: a step
 * for some members together is drawn once, in a lane for just them ("Mother and the children"),
 * which keeps a big case on one screen.
 */
export type LaneGrouping = 'member' | 'group';

export interface PresentLaneSpec {
  id: string;
  kind: LaneKind | 'group';
  label: string;
}

/** Words for lanes, in the UI language. */
export interface LaneNames {
  family: string;
  /** "the children" (all children of the family together). */
  children: string;
  /** " and " between the last two names. */
  and: string;
}

/** The lanes a step is drawn in. */
export function presentLanesOf(step: Step, grouping: LaneGrouping, family: readonly Member[]): string[] {
  const lanes = lanesOfStep(step, 'members', family);
  if (grouping === 'member' || lanes.length < 2) return lanes;
  return [
    groupLane(
      lanes.map((l) => l.slice('member:'.length)),
      family,
    ),
  ];
}

/** A group lane's id: the members in family order (unknown ids last), so one set has one lane. */
function groupLane(ids: readonly string[], family: readonly Member[]): string {
  const order = new Map(family.map((m, k) => [m.id, k]));
  const sorted = [...new Set(ids)].sort(
    (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b),
  );
  return `group:${sorted.join('+')}`;
}

/**
 * The lanes of both paths' timelines (the same for both, so they line up). `member`: as the
 * editor's timeline, every member; `group`: only lanes some step uses, a group after the lane of
 * its first member. With `folded`, consequences of events are drawn with their event (in the
 * events lane), so lanes only they would use are left out.
 */
export function presentLaneSpecs(
  s: Scenario,
  grouping: LaneGrouping,
  lang: Locale,
  names: LaneNames,
  folded = false,
): PresentLaneSpec[] {
  if (grouping === 'member') {
    return laneSpecs(s, 'members', lang, names.family).map((l) => ({
      ...l,
      label: l.kind === 'member' ? shortLabel(l.label) : l.label,
    }));
  }
  const used = new Set<string>();
  for (const { step, place } of stepsWithPlace(s)) {
    if (folded && place.event !== undefined) continue;
    for (const l of presentLanesOf(step, 'group', s.members)) used.add(l);
  }
  const out: PresentLaneSpec[] = [];
  if (used.has(FAMILY_LANE)) out.push({ id: FAMILY_LANE, kind: 'family', label: names.family });
  const name = (id: string) => {
    const m = s.members.find((x) => x.id === id);
    return m ? shortLabel(localText(m.label, lang, m.id)) : id;
  };
  const groups = [...used].filter((l) => l.startsWith('group:'));
  for (const m of s.members) {
    const own = `member:${m.id}`;
    if (used.has(own)) out.push({ id: own, kind: 'member', label: name(m.id) });
    for (const g of groups)
      if (g.slice('group:'.length).split('+')[0] === m.id)
        out.push({ id: g, kind: 'group', label: groupLabel(g, s.members, name, names) });
  }
  const known = new Set(out.map((l) => l.id));
  for (const id of used) {
    if (known.has(id)) continue;
    const kind = id.startsWith('group:') ? 'group' : 'member';
    const label = kind === 'group' ? groupLabel(id, s.members, name, names) : id.slice(id.indexOf(':') + 1);
    out.push({ id, kind, label });
  }
  return out;
}

/** "Mother and Father", "Mother, Father and Oldest child", "Mother and the children", "The children". */
function groupLabel(
  id: string,
  family: readonly Member[],
  name: (id: string) => string,
  names: LaneNames,
): string {
  const ids = id.slice('group:'.length).split('+');
  const children = family.filter((m) => m.role === 'child').map((m) => m.id);
  const allChildren = children.length > 1 && children.every((c) => ids.includes(c));
  const parts = allChildren
    ? [...ids.filter((x) => !children.includes(x)).map(name), names.children]
    : ids.map(name);
  const text =
    parts.length <= 2
      ? parts.join(names.and)
      : `${parts.slice(0, -1).join(', ')}${names.and}${parts[parts.length - 1]!}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
