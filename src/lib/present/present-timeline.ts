import type { Locale } from '../i18n/locale';
import { localText } from '../model/local-text';
import type { PathId } from '../model/path';
import type { Scenario } from '../model/scenario';
import { EVENTS_LANE } from '../timeline/timeline-lanes';
import { scheduleOf, type ScheduledEvent, type ScheduledStep } from '../timeline/timeline-schedule';
import {
  presentLaneSpecs,
  presentLanesOf,
  type LaneGrouping,
  type LaneNames,
  type PresentLaneSpec,
} from './present-lanes';
import { shortLabel } from './short-label';
import { fitText, wholeText, type ChanceWords, type TextMeasure } from './text-fit';

/**
 * The big read-only timeline of present mode: one lane per family member (and "whole family"),
 * risk events in a lane on top, steps as thick bars, one-offs and events as markers. Positions are
 * fractions of the plot's width (0 = month 0, 1 = the horizon), so the page scales it freely.
 * Text is measured (`measure`, in px of the timeline's type) and cut only when there is no room
 * for it whole, inside its bar or beside it. Months come from the editor's timeline schedule
 * (typical values, src/lib/timeline).
 */
export interface PresentTimelineInput {
  scenario: Scenario;
  path: PathId;
  lang: Locale;
  /** Names of the events lane and of the family lanes, in the UI language. */
  names: LaneNames & { events: string };
  /** The plot's width in px (at least 20 em is used). */
  plotWidth: number;
  /** The timeline's font size in px: gaps, padding and markers are in em (see PRESENT_SPACING). */
  em: number;
  /** Width in px of a text in the timeline's type. */
  measure: TextMeasure;
  /**
   * How many rows fit on the screen. When one lane per member needs more, steps for several
   * members are drawn once, in a lane for them together; when that still needs more, what follows
   * a risk event is drawn with the event, in the events lane.
   */
  maxRows?: number;
  /** How often, in words, for a probability below 1 (long, or short where the long one does not fit). */
  chance: ChanceWords;
  /** Width in px a tick's label needs (default 5 em). */
  tickWidth?: number;
}

export interface PresentLane extends PresentLaneSpec {
  /** First row (counted over all lanes, from 0) and how many rows it has. */
  firstRow: number;
  rows: number;
}

/**
 * A step over months (a bar), a one-off step (a diamond), a risk event (a diamond in the events
 * lane), or a risk event with what follows it drawn together (`span`: a diamond at the onset, its
 * text beside it as an event's, and a thick line under the row to the end of the last
 * consequence).
 */
export type PresentItemKind = 'bar' | 'point' | 'marker' | 'span';

export interface PresentItem {
  /** Unique on this timeline (a step for several members has an item in each of their lanes). */
  key: string;
  kind: PresentItemKind;
  itemId: string;
  laneId: string;
  /** Row over all lanes, from 0. */
  row: number;
  /** Start and end as fractions of the plot (equal for a point or marker). */
  start: number;
  end: number;
  /** First month and the month after the last (equal for a one-off or an event's onset). */
  startMonth: number;
  endMonth: number;
  /**
   * The label for the room: brackets left out, "↳ " in front of a consequence of an event (and
   * before each consequence a span tells).
   */
  label: string;
  /** What is shown: the label (cut only when nothing else fits) and how often, when not every family. */
  text: string;
  /** Where the text goes: inside the bar, or beside the bar or marker. */
  textSide: 'inside' | 'right' | 'left';
  /** The probability (of the step, within its branch, or of the event), or null when it is 1. */
  probability: number | null;
  consequence: boolean;
}

/** A row of the timeline's table (T): every step and event, once, with who it is for. */
export interface PresentListed {
  key: string;
  /** The lane's name: the member, the members together, the whole family, or the events lane. */
  who: string;
  label: string;
  startMonth: number;
  endMonth: number;
  probability: number | null;
}

export interface PresentTick {
  month: number;
  at: number;
}

export interface PresentTimeline {
  path: PathId;
  /** One lane per member, or lanes for members together (see LaneGrouping). */
  grouping: LaneGrouping;
  /** What follows each risk event is drawn with the event, in the events lane. */
  folded: boolean;
  horizon: number;
  lanes: PresentLane[];
  items: PresentItem[];
  rows: number;
  ticks: PresentTick[];
  /** Everything on the path, for the table, in month order. */
  listed: PresentListed[];
  /** Counts for the reading sentence: steps and events within the horizon. */
  stepCount: number;
  eventCount: number;
}

/**
 * Spacing in em, shared with the component's CSS: padding inside a bar (both sides together),
 * the gap between a bar or a marker and the text beside it, that text's own padding (both sides),
 * half a marker's width, and the least gap between two items in a row.
 */
export const PRESENT_SPACING = {
  barPadding: 0.6,
  besideBar: 0.3,
  besideMarker: 0.7,
  besidePadding: 0.2,
  markerHalf: 0.5,
  rowGap: 0.4,
} as const;

const CONSEQUENCE_PREFIX = '↳ ';

/** The ways to draw a path, from the most detailed to the most compact. */
const MODES: ReadonlyArray<{ grouping: LaneGrouping; folded: boolean }> = [
  { grouping: 'member', folded: false },
  { grouping: 'group', folded: false },
  { grouping: 'group', folded: true },
];

interface Extent {
  key: string;
  laneId: string;
  left: number;
  right: number;
  order: number;
  row: number;
}

/** A text that can be shown whole in a room (px), or cut to it. */
interface Texter {
  /** The whole text in `room` (how often in its long or short form), or null when it does not fit. */
  whole: (room: number) => string | null;
  fit: (room: number) => string;
}

interface Placed {
  side: PresentItem['textSide'];
  text: string;
  left: number;
  right: number;
  /** The whole label is shown (not cut). */
  whole: boolean;
}

/**
 * The timeline of one path: the most detailed mode (see MODES) whose rows fit `maxRows` on both
 * paths (so the two look alike), or the one with the fewest rows when none fits. Without
 * `maxRows`, one lane per member.
 */
export function presentTimeline(input: PresentTimelineInput): PresentTimeline {
  if (input.maxRows === undefined) return layoutWith(input, MODES[0]!.grouping, MODES[0]!.folded);
  const other: PathId = input.path === 'pilot' ? 'reference' : 'pilot';
  let best: { layout: PresentTimeline; rows: number } | null = null;
  for (const mode of MODES) {
    const mine = layoutWith(input, mode.grouping, mode.folded);
    const rows = Math.max(mine.rows, layoutWith({ ...input, path: other }, mode.grouping, mode.folded).rows);
    if (rows <= input.maxRows) return mine;
    if (!best || rows < best.rows) best = { layout: mine, rows };
  }
  return best!.layout;
}

function layoutWith(input: PresentTimelineInput, grouping: LaneGrouping, folded: boolean): PresentTimeline {
  const { scenario: s, lang, measure, chance } = input;
  const em = input.em;
  const W = Math.max(20 * em, input.plotWidth);
  const sp = {
    barPadding: PRESENT_SPACING.barPadding * em,
    besideBar: PRESENT_SPACING.besideBar * em,
    besideMarker: PRESENT_SPACING.besideMarker * em,
    besidePadding: PRESENT_SPACING.besidePadding * em,
    markerHalf: PRESENT_SPACING.markerHalf * em,
    rowGap: PRESENT_SPACING.rowGap * em,
  };
  const schedule = scheduleOf(s, input.path);
  const H = schedule.horizon;
  const at = (m: number) => round(Math.min(Math.max(m, 0), H) / H);

  /**
   * Text beside an item drawn from x1 to x2 (px): whole on the right, else whole on the left,
   * else cut on the side with more room (the right when equal: reading on is easier).
   */
  const beside = (text: Texter, x1: number, x2: number, gap: number): Placed => {
    const rightRoom = W - x2 - gap - sp.besidePadding;
    const leftRoom = x1 - gap - sp.besidePadding;
    const place = (side: 'right' | 'left', shown: string, whole: boolean): Placed => {
      const w = measure(shown) + gap + sp.besidePadding;
      return side === 'right'
        ? { side, text: shown, whole, left: x1, right: x2 + w }
        : { side, text: shown, whole, left: x1 - w, right: x2 };
    };
    const right = text.whole(rightRoom);
    if (right !== null) return place('right', right, true);
    const left = text.whole(leftRoom);
    if (left !== null) return place('left', left, true);
    return rightRoom >= leftRoom
      ? place('right', text.fit(rightRoom), false)
      : place('left', text.fit(leftRoom), false);
  };

  /** A bar's text: whole inside, else whole beside, else cut where the most of it shows. */
  const onBar = (text: Texter, x1: number, x2: number): Placed => {
    const insideRoom = x2 - x1 - sp.barPadding;
    const inside = text.whole(insideRoom);
    if (inside !== null) return { side: 'inside', text: inside, whole: true, left: x1, right: x2 };
    const by = beside(text, x1, x2, sp.besideBar);
    if (by.whole) return by;
    const besideRoom = (by.side === 'right' ? W - x2 : x1) - sp.besideBar - sp.besidePadding;
    if (besideRoom > insideRoom) return by;
    return { side: 'inside', text: text.fit(insideRoom), whole: false, left: x1, right: x2 };
  };
  /** A marker's text starts `besideMarker` from its centre; the marker itself takes half a marker each way. */
  const onMarker = (text: Texter, x: number): Placed => {
    const placed = beside(text, x, x, sp.besideMarker);
    return {
      ...placed,
      left: Math.min(placed.left, x - sp.markerHalf),
      right: Math.max(placed.right, x + sp.markerHalf),
    };
  };

  /** A label with how often after it. */
  const labelled = (label: string, p: number | null): Texter => ({
    whole: (room) => wholeText(label, p, room, chance, measure),
    fit: (room) => fitText(label, p, room, chance, measure),
  });
  /**
   * A risk event with what follows it: "OTS · 67 of 100 families ↳ Family guardian ↳ ...". The
   * event and how often come first; of what follows, as many whole names as fit, and "↳ …" for
   * the rest (the table has them all).
   */
  const eventWithFollowing = (label: string, p: number | null, following: string[]): Texter => {
    const then = (names: readonly string[]) => names.map((f) => ` ${CONSEQUENCE_PREFIX}${f}`).join('');
    const heads =
      p === null ? [label] : [`${label} · ${chance(p, 'long')}`, `${label} · ${chance(p, 'short')}`];
    const more = ` ${CONSEQUENCE_PREFIX}…`;
    return {
      whole: (room) => heads.map((h) => h + then(following)).find((text) => measure(text) <= room) ?? null,
      fit: (room) => {
        // A name of what follows is worth more than the long form of how often.
        for (let n = following.length - 1; n > 0; n--)
          for (const head of heads) {
            const text = head + then(following.slice(0, n)) + more;
            if (measure(text) <= room) return text;
          }
        const head = heads.find((h) => measure(h) <= room);
        if (head === undefined) return fitText(label, p, room, chance, measure);
        return measure(head + more) <= room ? head + more : head;
      },
    };
  };

  const items: PresentItem[] = [];
  const extents: Extent[] = [];
  let order = 0;
  const add = (item: Omit<PresentItem, 'row' | 'text' | 'textSide'>, placed: Placed) => {
    items.push({ ...item, row: 0, text: placed.text, textSide: placed.side });
    extents.push({
      key: item.key,
      laneId: item.laneId,
      left: placed.left,
      right: placed.right,
      order: order++,
      row: 0,
    });
  };

  const events = schedule.events.filter((e) => !e.beyondHorizon);
  const steps = schedule.steps.filter((st) => !st.beyondHorizon);
  const eventLabel = (e: ScheduledEvent) => shortLabel(localText(e.event.label, lang, e.event.id));
  const stepLabel = (st: ScheduledStep) => shortLabel(localText(st.step.label, lang, st.step.id));
  const chanceOf = (p: number) => (p < 1 ? p : null);
  const eventChance = (e: ScheduledEvent) =>
    chanceOf(e.probability.value * (e.branch ? e.branch.probability : 1));
  const stepChance = (st: ScheduledStep) =>
    chanceOf(st.probability.value * (st.branch ? st.branch.probability : 1));

  for (const e of events) {
    const probability = eventChance(e);
    const key = `event:${e.event.id}`;
    const follow = folded ? steps.filter((st) => st.eventId === e.event.id) : [];
    const end = Math.max(e.onset, ...follow.map((st) => st.end));
    // A consequence named as its event ("Family admission" after "Family admission") is not named twice.
    const following = [...new Set(follow.map((st) => stepLabel(st)))].filter(
      (f) => f.toLowerCase() !== eventLabel(e).toLowerCase(),
    );
    const label = [eventLabel(e), ...following].join(` ${CONSEQUENCE_PREFIX}`);
    const text = eventWithFollowing(eventLabel(e), probability, following);
    const x1 = at(e.onset) * W;
    const x2 = at(end) * W;
    // A span's text starts at its marker, as an event's, and may run on past the line below it.
    const marker = onMarker(text, x1);
    const placed = { ...marker, right: Math.max(marker.right, x2) };
    add(
      {
        key,
        kind: x2 > x1 ? 'span' : 'marker',
        itemId: e.event.id,
        laneId: EVENTS_LANE,
        start: at(e.onset),
        end: at(end),
        startMonth: e.onset,
        endMonth: end,
        label,
        probability,
        consequence: false,
      },
      placed,
    );
  }

  for (const st of steps) {
    const consequence = st.eventId !== undefined;
    if (folded && consequence) continue;
    const probability = stepChance(st);
    const label = consequence ? `${CONSEQUENCE_PREFIX}${stepLabel(st)}` : stepLabel(st);
    const point = st.oneOff;
    const x1 = at(st.start) * W;
    const x2 = point ? x1 : at(st.end) * W;
    const text = labelled(label, probability);
    const placed = point ? onMarker(text, x1) : onBar(text, x1, x2);
    for (const laneId of presentLanesOf(st.step, grouping, s.members)) {
      add(
        {
          key: `step:${st.step.id}@${laneId}`,
          kind: point ? 'point' : 'bar',
          itemId: st.step.id,
          laneId,
          start: at(st.start),
          end: point ? at(st.start) : at(st.end),
          startMonth: st.start,
          endMonth: st.end,
          label,
          probability,
          consequence,
        },
        placed,
      );
    }
  }

  // Lanes: events on top (when any fall within the horizon), then the lanes of both paths, so the
  // two paths' timelines line up.
  const specs = presentLaneSpecs(s, grouping, lang, input.names, folded);
  const eventsLane: PresentLaneSpec = { id: EVENTS_LANE, kind: 'events', label: input.names.events };
  const laneList: PresentLaneSpec[] = [...(events.length ? [eventsLane] : []), ...specs];
  const lanes: PresentLane[] = [];
  let row = 0;
  for (const spec of laneList) {
    const rows = Math.max(
      1,
      packRows(
        extents.filter((x) => x.laneId === spec.id),
        sp.rowGap,
      ),
    );
    lanes.push({ ...spec, firstRow: row, rows });
    row += rows;
  }
  const first = new Map(lanes.map((l) => [l.id, l.firstRow]));
  const rowOf = new Map(extents.map((x) => [x.key, x.row]));
  for (const it of items) it.row = (first.get(it.laneId) ?? 0) + rowOf.get(it.key)!;

  // The table: each step once, in the lane for all its members together.
  const groupName = new Map(
    presentLaneSpecs(s, 'group', lang, input.names).map((l) => [l.id, l.label] as const),
  );
  const listed: PresentListed[] = [
    ...events.map((e) => ({
      key: `event:${e.event.id}`,
      who: input.names.events,
      label: eventLabel(e),
      startMonth: e.onset,
      endMonth: e.onset,
      probability: eventChance(e),
    })),
    ...steps.map((st) => {
      const lane = presentLanesOf(st.step, 'group', s.members)[0] ?? '';
      return {
        key: `step:${st.step.id}`,
        who: groupName.get(lane) ?? lane,
        label: st.eventId !== undefined ? `${CONSEQUENCE_PREFIX}${stepLabel(st)}` : stepLabel(st),
        startMonth: st.start,
        endMonth: st.oneOff ? st.start : st.end,
        probability: stepChance(st),
      };
    }),
  ].sort((a, b) => a.startMonth - b.startMonth);

  return {
    path: input.path,
    grouping,
    folded,
    horizon: H,
    lanes,
    items,
    rows: row,
    ticks: yearTicks(H, W, input.tickWidth ?? 5 * em),
    listed,
    stepCount: steps.length,
    eventCount: events.length,
  };
}

/** Months a labelled tick may step by: half years, then whole years. */
const TICK_STEPS = [6, 12, 24, 60, 120, 240];

/**
 * Ticks from month 0 to the horizon in years (half years for a horizon up to two years), as dense
 * as their labels fit: `tickWidth` px of `plotWidth` each.
 */
export function yearTicks(horizon: number, plotWidth: number, tickWidth: number): PresentTick[] {
  const H = Math.max(1, horizon);
  const fits = (step: number) => (step / H) * plotWidth >= tickWidth;
  const step =
    TICK_STEPS.find((m) => (H > 24 ? m >= 12 : true) && fits(m)) ?? TICK_STEPS[TICK_STEPS.length - 1]!;
  const ticks: PresentTick[] = [];
  for (let m = 0; m <= H; m += step) ticks.push({ month: m, at: round(m / H) });
  return ticks;
}

/** Put each item in the first row where it does not overlap the one before; returns the row count. */
function packRows(items: Extent[], gap: number): number {
  const ends: number[] = [];
  const sorted = [...items].sort((a, b) => a.left - b.left || a.order - b.order);
  for (const it of sorted) {
    let r = ends.findIndex((end) => end + gap <= it.left);
    if (r < 0) r = ends.push(it.right) - 1;
    else ends[r] = it.right;
    it.row = r;
  }
  return ends.length;
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;
