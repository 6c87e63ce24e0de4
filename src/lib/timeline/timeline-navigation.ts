import type { TimelineLayout } from './timeline-layout';
import { EVENTS_LANE } from './timeline-lanes';

/** A focusable item of a timeline: a bar (one per lane it is in) or an event marker. */
export interface NavItem {
  key: string;
  kind: 'step' | 'event';
  /** The step's or event's id. */
  id: string;
  lane: number;
  x: number;
  row: number;
}

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export function isNavKey(key: string): key is NavKey {
  return ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key);
}

/** The timeline's items, each lane in time order (start, then row), lanes from the top. */
export function navItems(layout: TimelineLayout): NavItem[] {
  const lane = new Map(layout.lanes.map((l, i) => [l.id, i]));
  const items: NavItem[] = [
    ...layout.markers.map((m) => ({
      key: m.key,
      kind: 'event' as const,
      id: m.eventId,
      lane: lane.get(EVENTS_LANE) ?? 0,
      x: m.x,
      row: m.row,
    })),
    ...layout.bars.map((b) => ({
      key: b.key,
      kind: 'step' as const,
      id: b.stepId,
      lane: lane.get(b.laneId)!,
      x: b.x1,
      row: b.row,
    })),
  ];
  return items.sort((a, b) => a.lane - b.lane || a.x - b.x || a.row - b.row);
}

/**
 * Where a key moves the focus: Left/Right to the previous/next item of the lane in time order,
 * Up/Down to the nearest item in time of the nearest lane above/below that has items, Home/End to
 * the lane's first/last item. The same key when there is nowhere to go; the first item when
 * `current` is not (or no longer) on the timeline; null on an empty timeline.
 */
export function moveFocus(items: readonly NavItem[], current: string | null, key: NavKey): string | null {
  if (!items.length) return null;
  const at = items.find((i) => i.key === current);
  if (!at) return items[0]!.key;
  const lane = items.filter((i) => i.lane === at.lane);
  const k = lane.indexOf(at);
  switch (key) {
    case 'ArrowLeft':
      return lane[Math.max(0, k - 1)]!.key;
    case 'ArrowRight':
      return lane[Math.min(lane.length - 1, k + 1)]!.key;
    case 'Home':
      return lane[0]!.key;
    case 'End':
      return lane[lane.length - 1]!.key;
    case 'ArrowUp':
    case 'ArrowDown': {
      const others = items.filter((i) => (key === 'ArrowUp' ? i.lane < at.lane : i.lane > at.lane));
      if (!others.length) return at.key;
      const target =
        key === 'ArrowUp' ? Math.max(...others.map((i) => i.lane)) : Math.min(...others.map((i) => i.lane));
      let best = at;
      let distance = Infinity;
      for (const i of others) {
        if (i.lane !== target) continue;
        const d = Math.abs(i.x - at.x);
        if (d < distance) {
          best = i;
          distance = d;
        }
      }
      return best.key;
    }
  }
}
